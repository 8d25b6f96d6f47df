namespace Handbook.Validation.Rules;

/// <summary>Finger-pointing at other people or teams.</summary>
public sealed class BlameRule : PhraseRule
{
    /// <inheritdoc />
    public override string Id => "blame";

    /// <inheritdoc />
    public override string Description => "The story points a finger at other people or teams.";

    /// <inheritdoc />
    protected override string ListName => "blame";

    /// <inheritdoc />
    protected override string Message(string phrase) => $"\"{phrase}\" reads as blame; interviewers listen for how you talk about others.";

    /// <inheritdoc />
    protected override string Help => "describe the cause neutrally (\"the dependency had no timeout\") and what you did about it.";
}

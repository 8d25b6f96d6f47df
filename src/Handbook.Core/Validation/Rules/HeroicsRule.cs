namespace Handbook.Validation.Rules;

/// <summary>Martyrdom: long hours told as the achievement.</summary>
public sealed class HeroicsRule : PhraseRule
{
    /// <inheritdoc />
    public override string Id => "heroics";

    /// <inheritdoc />
    public override string Description => "The story presents long hours or lone heroics as the achievement.";

    /// <inheritdoc />
    protected override string ListName => "heroics";

    /// <inheritdoc />
    protected override string Message(string phrase) => $"\"{phrase}\" sounds like heroics; it suggests a process problem rather than judgment.";

    /// <inheritdoc />
    protected override string Help => "tell the decision that worked, and what you changed so nobody has to do that again.";
}

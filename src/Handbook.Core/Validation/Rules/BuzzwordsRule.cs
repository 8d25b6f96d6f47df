namespace Handbook.Validation.Rules;

/// <summary>Empty buzzwords that carry no information.</summary>
public sealed class BuzzwordsRule : PhraseRule
{
    /// <inheritdoc />
    public override string Id => "buzzwords";

    /// <inheritdoc />
    public override string Description => "The story uses buzzwords that carry no information.";

    /// <inheritdoc />
    protected override string ListName => "buzzwords";

    /// <inheritdoc />
    protected override string Message(string phrase) => $"\"{phrase}\" is a buzzword; it takes time and says nothing specific.";

    /// <inheritdoc />
    protected override string Help => "say the concrete thing instead: what the system did, for whom, measured how.";
}

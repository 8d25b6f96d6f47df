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

    /// <summary>How far before a phrase, in its sentence, an "I/my" makes it the author's own mistake.</summary>
    public const int OwnWindow = 40;

    // "My change caused the problem" owns the mistake; only someone else's is blame.
    /// <inheritdoc />
    protected override bool IsExcused(string prose, System.Text.RegularExpressions.Match match)
    {
        var start = Math.Max(0, match.Index - OwnWindow);
        var before = prose[start..match.Index];
        var sentence = before.LastIndexOfAny(['.', '!', '?', '\n', ';']);
        if (sentence >= 0) before = before[(sentence + 1)..];
        return System.Text.RegularExpressions.Regex.IsMatch(before, @"\bI\b|\b(?i:my|me|mine|myself)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <inheritdoc />
    protected override string Message(string phrase) => $"\"{phrase}\" reads as blame; interviewers listen for how you talk about others.";

    /// <inheritdoc />
    protected override string Help => "describe the cause neutrally (\"the dependency had no timeout\") and what you did about it.";
}

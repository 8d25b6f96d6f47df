using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// The cheat sheet, the cards and the practice outline show a story's trade-off in one line of whole
/// sentences. A trade-off whose first sentence is longer than a line, or a <c>tradeoff</c> field with sentences
/// that do not fit, would reach the paper longer than planned or without the part that was left out.
/// </summary>
public sealed class LongTradeoffRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "long-tradeoff";

    /// <inheritdoc />
    public override string Description => "The trade-off does not fit the cheat sheet's one line of whole sentences.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var facts = context.Facts(story);
        if (facts.TradeoffOverflow is not { } full) return;
        var line = facts.TradeoffLine;
        var (at, column) = story.Tradeoff.Length > 0 ? story.LineOf("tradeoff") : (story.Section(SectionKind.Tradeoff)?.Line ?? 1, 1);
        var what = story.Tradeoff.Length > 0 ? "the `tradeoff` field" : "the Trade-off section's first sentence";
        var message = line.Length > StoryDigest.MaxLineLength
            ? $"{what} is {line.Length} characters, longer than the cheat sheet's line of {StoryDigest.MaxLineLength}; it is printed whole, in smaller type."
            : $"{what} is {full.Length} characters; the cheat sheet keeps only the sentences that fit in {StoryDigest.MaxLineLength}: \"{line}\".";
        context.Report(story, at, column, message,
            "say the choice and its cost in one sentence under 160 characters, in a `tradeoff:` field (e.g. \"Chose X over Y, at the cost of Z\").");
    }
}

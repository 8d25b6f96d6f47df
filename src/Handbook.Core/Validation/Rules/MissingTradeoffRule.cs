using Handbook.Analysis;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// A story must say what alternative was rejected or what the chosen path cost: a Trade-off section or label
/// with real text, a non-empty <c>tradeoff</c> field, or a trade-off stated inside another section (an explicit
/// "Trade-off:", a cost, a sacrifice, a rejected option). Placeholders (TODO, TBD, N/A, a dash) and denials
/// ("there was no trade-off") do not count; praise states no cost.
/// </summary>
public sealed class MissingTradeoffRule : ValidationRule
{
    /// <summary>Fewest words a trade-off needs to say what was rejected and what it cost.</summary>
    public const int MinWords = TradeoffDetector.MinWords;

    /// <inheritdoc />
    public override string Id => "missing-tradeoff";

    /// <inheritdoc />
    public override string Description => "The story does not say which alternative was rejected or what the choice cost.";

    private const string Help =
        "add a `## Trade-off` section that names the option you rejected and what your choice cost (time, money, latency, scope), a `tradeoff:` field, or say it where it happened (\"at the cost of ...\", \"I chose X over Y because ...\").";

    /// <summary>True when <paramref name="text"/> is real text rather than empty or a placeholder.</summary>
    public static bool IsRealText(string text) => TradeoffDetector.IsRealText(text);

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var facts = context.Facts(story);
        if (StoryEvidence.HasTradeoff(facts)) return;
        var section = story.Section(SectionKind.Tradeoff);
        if (section is not null)
        {
            var text = facts.Of(section).Prose;
            context.Report(story, section.Line, 1,
                IsRealText(text) && TradeoffDetector.IsDenial(text)
                    ? "the Trade-off section says there was none; every choice rejects something and costs something."
                    : "the Trade-off section is empty or a placeholder.",
                Help);
        }
        else if (story.InlineLabels.FirstOrDefault(l => l.Kind == SectionKind.Tradeoff) is { } label)
        {
            context.Report(story, label.Line, label.Column,
                label.Text.Length == 0 ? "the Trade-off label is empty." : "the Trade-off label is a placeholder or says there was none; every choice rejects something and costs something.",
                Help);
        }
        else if (story.FieldLines.ContainsKey("tradeoff"))
        {
            context.ReportField(story, "tradeoff", "`tradeoff` is empty, a placeholder or a denial, and no section states a trade-off.", Help);
        }
        else
        {
            var anchor = story.Section(SectionKind.Result) ?? story.Section(SectionKind.Action);
            context.Report(story, anchor?.Line ?? story.BodyLine, 1, "the story has no trade-off: what did you reject, and what did your choice cost?", Help);
        }
    }
}

using System.Runtime.CompilerServices;
using Handbook.Coaching;
using Handbook.Model;

namespace Handbook.Validation;

/// <summary>
/// What a story offers as a result and as a trade-off, read the same way by every rule that asks: code and
/// placeholders are blanked (a number inside a TODO is no metric), a Result is read wherever it is labelled,
/// and an outcome phrased as a change counts anywhere after the Situation. Pure functions of the story.
/// </summary>
public static class StoryEvidence
{
    private static readonly ConditionalWeakTable<string, string> Readable = new();

    /// <summary>
    /// The author's own text of some Markdown: code, link targets, HTML and placeholders blanked, every other character
    /// where it was, so offsets in it are offsets in the Markdown.
    /// </summary>
    public static string Prose(string markdown) =>
        Readable.GetValue(markdown, m => Placeholders.Blank(ProseMask.MaskCodeOnly(m), Placeholders.Find(ProseMask.MaskCode(m))));

    /// <summary>The texts where a result belongs: every Result section and every Result label's paragraph.</summary>
    public static IEnumerable<string> ResultTexts(Story story) =>
        story.Sections.Where(s => s.Kind == SectionKind.Result).Select(s => Prose(s.Markdown))
            .Concat(story.InlineLabels.Where(l => l.Kind == SectionKind.Result).Select(l => Prose(l.Text)));

    /// <summary>The sections told after the Situation (every section when there is none), where an outcome may be phrased as a change.</summary>
    public static IEnumerable<StorySection> AfterSituation(Story story)
    {
        var situation = story.Sections.ToList().FindIndex(s => s.Kind == SectionKind.Situation);
        return story.Sections.Skip(situation + 1).Where(s => s.Kind != SectionKind.Situation);
    }

    /// <summary>True when a <c>metrics</c> entry holds a figure (placeholders do not count).</summary>
    public static bool HasMetricField(Story story) => story.Metrics.Any(m => QuantityDetector.HasQuantity(Placeholders.Blank(m)));

    /// <summary>True when a Result section or label states a figure.</summary>
    public static bool HasResultFigure(Story story) => ResultTexts(story).Any(QuantityDetector.HasQuantity);

    /// <summary>The first outcome phrased as a change outside the Result, after the Situation, with its section; null when none.</summary>
    public static (StorySection Section, Change Change)? ChangeOutsideResult(Story story)
    {
        foreach (var section in AfterSituation(story).Where(s => s.Kind != SectionKind.Result))
        {
            var changes = OutcomeDetector.Find(Prose(section.Markdown));
            if (changes.Count > 0) return (section, changes[0]);
        }
        return null;
    }

    /// <summary>True when the story states a quantified outcome anywhere it counts.</summary>
    public static bool HasOutcome(Story story) =>
        HasMetricField(story) || HasResultFigure(story) || ChangeOutsideResult(story) is not null
        || (story.Sections.Count == 0 && OutcomeDetector.Any(Prose(story.Preamble)));

    /// <summary>True when the story states a trade-off: the field, a Trade-off section or label, or a marker in any section after the Situation.</summary>
    public static bool HasTradeoff(Story story)
    {
        if (IsStatedTradeoff(Placeholders.Blank(story.Tradeoff))) return true;
        if (story.Sections.Any(s => s.Kind == SectionKind.Tradeoff && IsStatedTradeoff(Prose(s.Markdown)))) return true;
        if (story.InlineLabels.Any(l => l.Kind == SectionKind.Tradeoff && IsStatedTradeoff(Prose(l.Text)))) return true;
        if (story.Sections.Where(s => s.Kind != SectionKind.Situation).Any(s => TradeoffDetector.Any(Prose(s.Markdown)))) return true;
        return story.Sections.Count == 0 && TradeoffDetector.Any(Prose(story.Preamble));
    }

    /// <summary>
    /// True when text written where a trade-off belongs (the field, a Trade-off section) states one: real words, not
    /// a placeholder, and not a denial ("There was no real trade-off.", "None.").
    /// </summary>
    public static bool IsStatedTradeoff(string text) =>
        Rules.MissingTradeoffRule.IsRealText(text) && !TradeoffDetector.IsDenial(text);
}

using Handbook.Model;

namespace Handbook.Analysis;

/// <summary>
/// What a story offers as a result and as a trade-off, read the same way by every rule that asks: code and
/// placeholders are blanked (a number inside a TODO is no metric), a Result is read wherever it is labelled,
/// and an outcome phrased as a change counts anywhere after the Situation. Pure functions of the story's facts.
/// </summary>
public static class StoryEvidence
{
    /// <summary>
    /// The author's own text of some Markdown: code, link targets, HTML and placeholders blanked (all of it when it is
    /// nothing but a template's prompts), every other character where it was, so offsets in it are offsets in the Markdown.
    /// </summary>
    public static string Prose(string markdown) => Prose(ProseMask.MaskCodeOnly(markdown), ProseMask.MaskCode(markdown));

    /// <summary>The author's own text from the two masks of the same Markdown (see <see cref="Prose(string)"/>).</summary>
    internal static string Prose(string codeAndMarkupMasked, string codeMasked) =>
        TemplatePrompts.Find(codeMasked) is not null
            ? Placeholders.Blank(codeAndMarkupMasked, [new Placeholder(0, codeAndMarkupMasked.Length, "")])
            : Placeholders.Blank(codeAndMarkupMasked, Placeholders.Find(codeMasked));

    /// <summary>The texts where a result belongs: every Result section and every Result label's paragraph.</summary>
    public static IEnumerable<string> ResultTexts(StoryFacts facts)
    {
        var story = facts.Story;
        for (var i = 0; i < story.Sections.Count; i++)
        {
            if (story.Sections[i].Kind == SectionKind.Result) yield return facts.Sections[i].Prose;
        }
        for (var i = 0; i < story.InlineLabels.Count; i++)
        {
            if (story.InlineLabels[i].Kind == SectionKind.Result) yield return facts.Labels[i].Prose;
        }
    }

    /// <summary>The sections told after the Situation (every section when there is none), where an outcome may be phrased as a change.</summary>
    public static IEnumerable<StorySection> AfterSituation(Story story)
    {
        var situation = story.Sections.ToList().FindIndex(s => s.Kind == SectionKind.Situation);
        return story.Sections.Skip(situation + 1).Where(s => s.Kind != SectionKind.Situation);
    }

    /// <summary>True when a <c>metrics</c> entry holds a figure (placeholders do not count).</summary>
    public static bool HasMetricField(Story story) => story.Metrics.Any(m => QuantityDetector.HasQuantity(Placeholders.Blank(m)));

    /// <summary>True when a Result section or label states a figure.</summary>
    public static bool HasResultFigure(StoryFacts facts) => ResultTexts(facts).Any(QuantityDetector.HasQuantity);

    /// <summary>The first outcome phrased as a change outside the Result, after the Situation, with its section; null when none.</summary>
    public static (StorySection Section, Change Change)? ChangeOutsideResult(StoryFacts facts)
    {
        foreach (var section in AfterSituation(facts.Story).Where(s => s.Kind != SectionKind.Result))
        {
            var changes = OutcomeDetector.Find(facts.Of(section).Prose);
            if (changes.Count > 0) return (section, changes[0]);
        }
        return null;
    }

    /// <summary>True when the story states a quantified outcome anywhere it counts.</summary>
    public static bool HasOutcome(StoryFacts facts) =>
        HasMetricField(facts.Story) || HasResultFigure(facts) || ChangeOutsideResult(facts) is not null
        || (facts.Story.Sections.Count == 0 && OutcomeDetector.Any(facts.Preamble.Prose));

    /// <summary>True when the story states a trade-off: the field, a Trade-off section or label, or a marker in any section after the Situation.</summary>
    public static bool HasTradeoff(StoryFacts facts)
    {
        var story = facts.Story;
        if (TemplatePrompts.Find(story.Tradeoff) is null && IsStatedTradeoff(Placeholders.Blank(story.Tradeoff))) return true;
        if (story.Sections.Any(s => s.Kind == SectionKind.Tradeoff && IsStatedTradeoff(facts.Of(s).Prose))) return true;
        for (var i = 0; i < story.InlineLabels.Count; i++)
        {
            if (story.InlineLabels[i].Kind == SectionKind.Tradeoff && IsStatedTradeoff(facts.Labels[i].Prose)) return true;
        }
        if (story.Sections.Where(s => s.Kind != SectionKind.Situation).Any(s => TradeoffDetector.Any(facts.Of(s).Prose))) return true;
        return story.Sections.Count == 0 && TradeoffDetector.Any(facts.Preamble.Prose);
    }

    /// <summary>
    /// True when text written where a trade-off belongs (the field, a Trade-off section) states one: real words, not
    /// a placeholder, and not a denial ("There was no real trade-off.", "None.").
    /// </summary>
    public static bool IsStatedTradeoff(string text) => TradeoffDetector.IsRealText(text) && !TradeoffDetector.IsDenial(text);
}

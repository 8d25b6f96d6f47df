using System.Text.RegularExpressions;
using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// A result number means little without the number it is compared with. A change that gives only the end state
/// ("improved to 99.95%", "fell to 3%") has no baseline; a before -> after, "from X to Y", "down from", "by 40%",
/// a multiple ("3x", "halved") or an explicit comparison ("compared with", "the year before") does.
/// </summary>
public sealed partial class NoBaselineRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "no-baseline";

    /// <inheritdoc />
    public override string Description => "The Result has a number but the story never says what it is compared with.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    // Comparisons that are not a change of one number: "baseline", "vs", "compared with", "instead of 5 hours", "the year before".
    // A bare "before" or "after" is usually about time ("before the launch"); with a number nearby it compares.
    [GeneratedRegex(@"->|→|=>|⇒|⟶|\(was\b|\bby\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?(?:\d+(?:\.\d+)?\s?%|[\p{L}-]+\s+percent\b)|\b(?:before|after)\b[^.\n]{0,30}?\d|\d[^.\n]{0,30}?\b(?:before|after)\b|\bbaseline\b|\bvs\.?|\bversus\b|\bcompared\b|\binstead of\b|\b(?:down|up)\s+from\b|\bthe (?:year|month|week|quarter|day) before\b|\blast (?:year|quarter|month)\b|\bthe previous\b|\bpreviously\b|\bused to\b|\bwhere it used\b|\bfrom\b[^.\n]{0,60}?\bto\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    // A multiple compares with what was there before ("3x", "halved", "twice as fast"), but only where the result is
    // stated: "it would have doubled the bill" in the Action is a hypothetical, not a baseline.
    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:x|×)(?!\w)|×\s?\d|\b(?:twice|half) (?:as|the)\b|\b\w+-?fold\b|\b\w+ times (?:faster|slower|more|less|fewer|cheaper|smaller|larger|the)\b|\b(?:halved|doubled|tripled|quadrupled)\b|\bin half\b|\b(?:a|one|two|three)[- ](?:thirds?|quarters?|fifths?|tenths?)\b|\d\s?%\s+(?:cut|drop|reduction|decrease|increase|improvement|saving|gain|fewer|less|more|lower|higher|faster|slower|cheaper|smaller)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Multiple();

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var figure = story.Metrics.Select(m => QuantityDetector.Find(Placeholders.Blank(m)).FirstOrDefault()).FirstOrDefault(q => q is not null);
        var facts = context.Facts(story);
        var resultTexts = StoryEvidence.ResultTexts(facts).ToList();
        figure ??= resultTexts.Select(t => QuantityDetector.Find(t).FirstOrDefault()).FirstOrDefault(q => q is not null);
        if (figure is null) return;
        var stated = story.Metrics.Select(Placeholders.Blank).Concat(resultTexts).ToList();
        if (stated.Any(t => Multiple().IsMatch(t))) return;
        var texts = stated.Concat(story.Sections.Where(s => s.Kind != SectionKind.Result).Select(s => facts.Of(s).Prose));
        if (texts.Any(HasBaseline)) return;
        var result = story.Section(SectionKind.Result);
        var label = story.InlineLabels.FirstOrDefault(l => l.Kind == SectionKind.Result);
        var (line, column) = result is not null ? (result.Line, 1) : label is not null && story.Metrics.Count == 0 ? (label.Line, label.Column) : story.LineOf("metrics");
        context.Report(story, line, column, $"the result \"{figure.Text}\" has no baseline: compared with what?",
            "give the before and the after (\"from 46 to 7 pages a week\"), or the number it beat.");
    }

    /// <summary>True when <paramref name="text"/> says what a number is compared with ("38% -> 0%", "down from 12", "by 40%").</summary>
    public static bool HasBaseline(string text) =>
        Comparison().IsMatch(text) || OutcomeDetector.Find(text).Any(c => c.HasBaseline && !Multiple().IsMatch(c.Text));
}

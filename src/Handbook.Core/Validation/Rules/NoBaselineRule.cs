using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>A result number means little without the number it is compared with.</summary>
public sealed partial class NoBaselineRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "no-baseline";

    /// <inheritdoc />
    public override string Description => "The Result has a number but the story never says what it is compared with.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    // A bare "before" or "after" is usually about time ("before the launch"); with a number nearby it compares.
    // Change verbs followed by a hyphen are other words ("cut-over").
    [GeneratedRegex(@"->|→|=>|\bfrom\b[^.\n]{0,60}?\bto\b|\b(?:before|after)\b[^.\n]{0,30}?\d|\d[^.\n]{0,30}?\b(?:before|after)\b|\bbaseline\b|\bvs\.?|\bversus\b|\bcompared\b|\binstead of\b|\b(?:down|up)\s+from\b|\b(?:fell|dropped|rose|grew|cut|reduced|increased|decreased|improved|halved|doubled|tripled)\b(?!-)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    /// <summary>True when <paramref name="text"/> says what a number is compared with ("38% -> 0%", "down from 12").</summary>
    public static bool HasBaseline(string text) => Comparison().IsMatch(text);

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var result = story.Section(SectionKind.Result);
        var hasNumber = (result is not null && QuantityDetector.HasQuantity(result.Markdown)) || story.Metrics.Any(QuantityDetector.HasQuantity);
        if (!hasNumber) return;
        // No alternative of the pattern crosses a line break, so each text is searched on its own.
        if (story.Metrics.Any(Comparison().IsMatch) || story.Sections.Any(s => Comparison().IsMatch(s.Markdown))) return;
        var (line, column) = result is not null ? (result.Line, 1) : story.LineOf("metrics");
        context.Report(story, line, column, "the result has a number but no baseline: compared with what?",
            "give the before and the after (\"from 46 to 7 pages a week\"), or the number it beat.");
    }
}

using Handbook.Analysis;
using Handbook.Model;
using Handbook.Text;

namespace Handbook.Validation.Rules;

/// <summary>
/// A story must state its outcome with a number: in the <c>metrics</c> field, in the Result (a section or a
/// label, in digits or in words), or as a change of a number anywhere after the Situation ("error rate dropped
/// from 1.2% to 0.05%" under Action). A number in the Situation is a baseline, not a result, and a number
/// inside a placeholder is no metric.
/// </summary>
public sealed class MissingMetricRule : ValidationRule
{
    /// <summary>Longest quotation of the story's own Result in a message.</summary>
    public const int MaxQuoted = 60;

    /// <inheritdoc />
    public override string Id => "missing-metric";

    /// <inheritdoc />
    public override string Description => "The story has no quantified result (a number with a unit, a percentage, a before -> after).";

    private const string Help =
        "state the outcome with a number in the Result section (e.g. \"p99 fell from 850 ms to 320 ms\"), or add `metrics: [\"p99 850 ms -> 320 ms\"]` to the front matter.";

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        if (StoryEvidence.HasOutcome(context.Facts(story))) return;
        var result = story.Section(SectionKind.Result);
        if (result is not null)
        {
            context.Report(story, result.Line, 1, $"the Result section has no quantified outcome{Quote(story, result, context)}", Help);
        }
        else if (story.InlineLabels.FirstOrDefault(l => l.Kind == SectionKind.Result) is { } label)
        {
            context.Report(story, label.Line, label.Column, $"the `{label.Label}:` paragraph has no quantified outcome.", Help);
        }
        else if (story.Metrics.Count > 0)
        {
            context.ReportField(story, "metrics", "no entry of `metrics` holds a number, and there is no Result section.", Help);
        }
        else
        {
            context.Report(story, story.BodyLine, 1, "the story has no Result section and no `metrics`, so it has no quantified outcome.", Help);
        }
    }

    // The story's own words only: its vague phrase if it has one, else what its Result says.
    private static string Quote(Story story, StorySection result, RuleContext context)
    {
        if (result.IsEmpty || Placeholders.Blank(result.Markdown).Trim().Length == 0) return ": it is empty or a placeholder.";
        var vague = context.Phrases("vague")?.Matches(context.Facts(story).Of(result).Masked).FirstOrDefault();
        if (vague is not null) return $"; \"{result.Markdown.Substring(vague.Index, vague.Length)}\" does not survive \"so what?\".";
        var said = Quoting.FirstSentence(result.Markdown, MaxQuoted);
        return $": \"{said}\" says what happened, not how much.";
    }
}

using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// A story must state its outcome with a number: in the <c>metrics</c> field or in the Result section.
/// A number in the Situation is a baseline, not a result, so it does not count.
/// </summary>
public sealed class MissingMetricRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "missing-metric";

    /// <inheritdoc />
    public override string Description => "The story has no quantified result (a number with a unit, a percentage, a before -> after).";

    private const string Help =
        "state the outcome with a number in the Result section (e.g. \"p99 fell from 850 ms to 320 ms\"), or add `metrics: [\"p99 850 ms -> 320 ms\"]` to the front matter.";

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        if (story.Metrics.Any(QuantityDetector.HasQuantity)) return;
        var result = story.Section(SectionKind.Result);
        if (result is not null && QuantityDetector.HasQuantity(result.Markdown)) return;

        if (result is not null)
        {
            context.Report(story, result.Line, 1, "the Result section has no quantified outcome; \"much faster\" does not survive \"so what?\".", Help);
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
}

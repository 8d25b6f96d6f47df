using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// The outcome is stated as a change outside the Result ("error rate dropped from 1.2% to 0.05%" under Action)
/// while the Result holds no number: it counts, but the Result is where a listener waits for it.
/// </summary>
public sealed class OutcomePlacementRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "outcome-placement";

    /// <inheritdoc />
    public override string Description => "The quantified outcome is stated outside the Result, which holds no number.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        if (!story.HasBeat(SectionKind.Result) || StoryEvidence.HasMetricField(story)) return;
        var facts = context.Facts(story);
        if (StoryEvidence.HasResultFigure(facts) || StoryEvidence.ChangeOutsideResult(facts) is not var (section, change)) return;
        var (line, column) = StoryProse.Locate(section, change.Offset);
        context.Report(story, line, column,
            $"the outcome \"{change.Text}\" is in the {section.Kind.Title()}, and the Result has no number.",
            "say it again in the Result, where graders listen for it, or add it to `metrics:`.");
    }
}

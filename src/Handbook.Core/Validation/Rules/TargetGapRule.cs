using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Targets;

namespace Handbook.Validation.Rules;

/// <summary>Warns, at the value's line in the target file, about a value no published story demonstrates.</summary>
public sealed class TargetGapRule : TargetRule
{
    /// <inheritdoc />
    public override string Id => "target-gap";

    /// <inheritdoc />
    public override string Description => "A value of a target loop that no published story demonstrates through its competencies.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    protected override void CheckTarget(TargetLoop target, IReadOnlyList<Story> published, RuleContext context)
    {
        // A value whose competencies are all unknown is already an error; a gap warning would only repeat it.
        foreach (var value in target.Values.Where(v => v.Competencies.Count > 0))
        {
            if (published.Any(s => value.Competencies.Any(s.Competencies.Contains))) continue;
            var names = CompetencyTitles(value.Competencies, context);
            var rounds = target.Rounds.Where(r => r.Values.Contains(value.Id)).Select(r => r.Number).ToList();
            context.Report(target.SourcePath, value.Line, 1,
                $"no story shows `{value.Id}` ({value.Title}): none has {string.Join(" or ", names)}"
                + (rounds.Count > 0 ? $", and round{(rounds.Count > 1 ? "s" : "")} {string.Join(", ", rounds)} grade{(rounds.Count > 1 ? "" : "s")} it." : "."),
                $"write a story with `competencies: [{value.Competencies[0]}]`, or map the value to competencies your stories show.");
        }
    }
}

using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Targets;

namespace Handbook.Validation.Rules;

/// <summary>
/// Warns, at the round's line, when the bank has too few stories for a target loop and a story must be told in
/// two rounds: interviewers compare notes, and a retold story costs the signal a new one would have given.
/// </summary>
public sealed class TargetRepeatRule : TargetRule
{
    /// <inheritdoc />
    public override string Id => "target-repeat";

    /// <inheritdoc />
    public override string Description => "A target loop has more rounds than the bank has stories for, so one story is told in two rounds.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    protected override void CheckTarget(TargetLoop target, IReadOnlyList<Story> published, RuleContext context)
    {
        var plan = TargetPlanner.Plan(target, published, context.Config);
        foreach (var round in plan.Rounds)
        {
            foreach (var pick in round.Picks.Where(p => p.Story is not null))
            {
                var retold = plan.Retold.FirstOrDefault(r => ReferenceEquals(r.Story, pick.Story));
                if (retold is null || retold.Rounds[0] == round.Round.Number) continue;
                context.Report(target.SourcePath, round.Round.Line, 1,
                    $"round {round.Round.Number} ({round.Round.Title}) retells \"{pick.Story!.Title}\" for `{pick.Value.Id}`, also told in round {retold.Rounds[0]}: the bank has too few {pick.Value.Title} stories.",
                    $"write another story that shows {string.Join(" or ", CompetencyTitles(pick.Value.Competencies, context))}.");
            }
        }
    }
}

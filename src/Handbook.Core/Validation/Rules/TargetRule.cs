using Handbook.Model;
using Handbook.Targets;

namespace Handbook.Validation.Rules;

/// <summary>
/// A rule over the target loops of a handbook (<c>input/targets/</c>): it checks each loop against the published
/// stories, since drafts are not told in an interview, and reports at a line of the target file.
/// </summary>
public abstract class TargetRule : ValidationRule
{
    /// <inheritdoc />
    public sealed override void CheckSite(IReadOnlyList<Story> stories, RuleContext context)
    {
        if (context.Targets.Count == 0) return;
        var published = stories.Where(s => !s.Draft).ToList();
        foreach (var target in context.Targets) CheckTarget(target, published, context);
    }

    /// <summary>Checks one target loop against the published stories.</summary>
    protected abstract void CheckTarget(TargetLoop target, IReadOnlyList<Story> published, RuleContext context);

    /// <summary>The titles of competency ids, as handbook.yml names them (the id when it names none).</summary>
    protected static IReadOnlyList<string> CompetencyTitles(IEnumerable<string> ids, RuleContext context) =>
        ids.Select(id => context.Config.FindCompetency(id)?.Title ?? id).ToList();
}

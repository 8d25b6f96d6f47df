using Handbook.Rendering;
using Handbook.Targets;

namespace Handbook.Practice;

/// <summary>The practice page: a timed drill over the stories, narrowed to a target loop when there are some.</summary>
/// <param name="Targets">The planned target loops.</param>
public sealed record PracticePage(IReadOnlyList<TargetPlan> Targets) : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [new(strings["nav.practice"], SiteRenderer.PracticePath)];

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        yield return context.Page(SiteRenderer.PracticePath, "practice", "practice", () => new
        {
            Stories = context.Index.Stories.Select((s, i) => new { Index = i, s.Title }).ToList(),
            Targets = Targets.Select(t => new { t.Target.Id, t.Target.Title }).ToList(),
            HasTargets = Targets.Count > 0,
        });
    }
}

using Handbook.Analysis;
using Handbook.Model;
using Handbook.Rendering;

namespace Handbook.Coverage;

/// <summary>The coverage dashboard: which competencies, questions and levels the stories cover, and where the gaps are.</summary>
public sealed class CoveragePage : IPageModule
{
    /// <summary>Stories a competency needs before it is no longer a gap.</summary>
    public const int StoriesPerCompetency = 2;

    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [new(strings["nav.coverage"], SiteRenderer.CoveragePath)];

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        yield return context.Page(SiteRenderer.CoveragePath, "coverage", "coverage", () => Model(context));
    }

    private static CoverageView Model(PageContext context)
    {
        var stories = context.Index.Stories;
        // Membership by reference: Story is a record, and value equality over thousands of stories is slow.
        var inCompetency = context.Index.Competencies.Select(c => c.Stories.ToHashSet(ReferenceEqualityComparer.Instance)).ToList();
        var inPattern = context.Index.Patterns.Select(p => p.Stories.ToHashSet(ReferenceEqualityComparer.Instance)).ToList();
        // The per-story measures are the costly part of this page; they are worked out in parallel (Parallel.For:
        // PLINQ's set-up alone cost a small build tens of milliseconds).
        var rows = new CoverageStoryView[stories.Count];
        Parallel.For(0, stories.Count, i => rows[i] = Row(context, stories[i], i, inCompetency));
        var columns = context.Index.Competencies
            .Select(c => new CoverageColumnView(c.Title, Links.Relative(SiteRenderer.CoveragePath, c.PagePath), c.Stories.Count, c.Stories.Count < StoriesPerCompetency))
            .ToList();
        var patterns = context.Index.Patterns
            .Select((p, i) => new CoveragePatternView(p.Title, Links.Relative(SiteRenderer.CoveragePath, p.PagePath), p.HighSignal, p.Stories.Count,
                stories.Select(s => inPattern[i].Contains(s)).ToList()))
            .ToList();
        var levels = context.Index.Levels
            .Select(l => new CoverageLevelView(l.Title, Links.Relative(SiteRenderer.CoveragePath, l.PagePath), l.Stories.Count, Math.Max(1, stories.Count)))
            .ToList();
        return new CoverageView(columns, rows, patterns, levels, Gaps(context).ToList());
    }

    private static CoverageStoryView Row(PageContext context, Story story, int i, List<HashSet<object?>> inCompetency)
    {
        var facts = context.Facts(story);
        var (singular, plural) = facts.Pronouns(SectionKind.Task, SectionKind.Action);
        var seconds = facts.SpokenSeconds;
        return new CoverageStoryView(
            i + 1, story.Title, Links.Relative(SiteRenderer.CoveragePath, Links.StoryPath(story.Slug)),
            story.Level?.Title() ?? "", story.Level is { } l ? (int)l : -1,
            seconds, StoryProse.Duration(seconds), singular, plural, facts.Figures,
            context.WarningsIn(story.SourcePath),
            inCompetency.Select(set => set.Contains(story)).ToList());
    }

    // Competencies with fewer than two stories and high-signal patterns with none, each with a next step.
    private static IEnumerable<string> Gaps(PageContext context)
    {
        foreach (var competency in context.Index.Competencies.Where(c => c.Stories.Count < StoriesPerCompetency))
        {
            var strings = context.Strings;
            var probes = context.Index.Patterns.Where(p => context.Config.FindPattern(p.Id)?.Competencies.Contains(competency.Id) == true).Take(2)
                .Select(p => strings.Format("coverage.question", ("question", p.Title))).ToList();
            var gap = strings.Format(competency.Stories.Count == 0 ? "coverage.noStory" : "coverage.oneStory", ("competency", competency.Title), ("aim", StoriesPerCompetency));
            yield return probes.Count > 0 ? $"{gap} {strings.Format("coverage.probe", ("questions", string.Join(strings["coverage.or"], probes)))}" : gap;
        }
        foreach (var pattern in context.Index.PatternGaps.Where(p => p.HighSignal))
        {
            yield return context.Strings.Format("coverage.patternGap", ("question", pattern.Title));
        }
    }
}

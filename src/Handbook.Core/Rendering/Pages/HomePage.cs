namespace Handbook.Rendering.Pages;

/// <summary>The home page: every story as a card, and what the question bank still lacks.</summary>
public sealed class HomePage : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [new(strings["nav.stories"], SiteRenderer.HomePath, "stories/")];

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        var index = context.Index;
        yield return new PagePlan(SiteRenderer.HomePath, "home", _ => new HomeView(
            context.Config.Title,
            context.Config.Author,
            index.Stories.Count,
            index.Patterns.Count(p => p.Stories.Count > 0),
            index.PatternGaps.Count(),
            SiteRenderer.QuestionsPath + "#gaps",
            SiteRenderer.CoveragePath,
            index.Stories.Select(s => context.Card(s, SiteRenderer.HomePath)).ToList())
        {
            StoriesLabel = context.Strings.Count("home.stories", index.Stories.Count),
            PatternsLabel = context.Strings.Count("home.patterns", index.Patterns.Count(p => p.Stories.Count > 0)),
            GapsLabel = context.Strings.Count("home.gaps", index.PatternGaps.Count()),
        })
        {
            Title = context.Config.Title,
            Description = context.Strings.Format("home.description", ("count", index.Stories.Count)),
            BodyClass = "home",
        };
    }
}

using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Pipeline;
using Handbook.Publishing;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

public class PageModuleTests
{
    private static readonly Theme Theme = new(Paths.Theme);

    // A page kind added without touching the renderer: one planned page on the search layout, and a navigation entry.
    private sealed class ExtraPage(PageStage stage = PageStage.Pages) : IPageModule
    {
        public IReadOnlyCollection<string>? WrittenBefore { get; private set; }

        public PageStage Stage => stage;

        public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [new("Extra", "extra/index.html", "extra/")];

        public IEnumerable<PagePlan> Plan(PageContext context)
        {
            WrittenBefore = context.Written;
            yield return new PagePlan("extra/index.html", "search", _ => new { }) { Title = "Extra title", BodyClass = "extra" };
        }
    }

    private static (IReadOnlyList<OutputFile> Files, SiteRenderer Renderer) Render(params IPageModule[] pages)
    {
        var index = SiteIndex.Build([Handbook.Reading.StoryReader.Parse(Stories.Compose("title: One story\ncompetencies: [ownership]"), "one.md", new DiagnosticBag())!], Stories.DefaultConfig, includeDrafts: false);
        var renderer = new SiteRenderer(index, Stories.DefaultConfig, Theme, new DiagnosticBag()) { Pages = pages };
        return (renderer.Render(), renderer);
    }

    private static string Text(IReadOnlyList<OutputFile> files, string path) => System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content);

    [Fact]
    public void A_registered_page_module_adds_its_page_and_its_navigation_entry_to_every_page()
    {
        var (files, renderer) = Render([.. SitePages.For(), new ExtraPage()]);

        Assert.Contains("Extra title", Text(files, "extra/index.html"));
        Assert.Contains("href=\"../extra/index.html\"", Text(files, "stories/one.html"));
        Assert.Equal("layouts/search.sbn-html", renderer.Origins["extra/index.html"].Template);
    }

    [Fact]
    public void Navigation_follows_the_order_of_registration()
    {
        var (files, _) = Render([new ExtraPage(), .. SitePages.For()]);

        var home = Text(files, SiteRenderer.HomePath);
        Assert.True(home.IndexOf("extra/index.html", StringComparison.Ordinal) < home.IndexOf("questions.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_module_of_the_last_stage_is_planned_after_every_other_page_is_written()
    {
        var last = new ExtraPage(PageStage.Last);

        Render([last, .. SitePages.For()]);

        Assert.Contains(SiteRenderer.HomePath, last.WrittenBefore!);
        Assert.Contains("stories/one.html", last.WrittenBefore!);
        Assert.Contains(SiteRenderer.NotFoundPath, last.WrittenBefore!);
    }

    [Fact]
    public void Without_page_modules_the_renderer_writes_no_page()
    {
        var (files, _) = Render();

        Assert.DoesNotContain(files, f => f.Path.EndsWith(".html", StringComparison.Ordinal));
    }
}

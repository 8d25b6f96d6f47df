using Handbook.Indexing;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Integration;

public class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Sample_builds_with_no_errors_or_warnings()
    {
        Assert.Empty(site.Result.Diagnostics);
        Assert.Equal(ExitCodes.Success, site.Result.ExitCode);
        Assert.True(site.Result.Published);
    }

    [Fact]
    public void Sample_has_eight_stories_at_every_level_and_every_competency_twice()
    {
        var index = site.Result.Index!;

        Assert.Equal(8, index.Stories.Count);
        Assert.All(index.Levels, level => Assert.NotEmpty(level.Stories));
        Assert.All(index.Competencies, competency => Assert.True(competency.Stories.Count >= 2, competency.Id));
        Assert.All(index.Patterns.Where(p => p.HighSignal), pattern => Assert.NotEmpty(pattern.Stories));
    }

    [Fact]
    public void Every_story_index_and_overview_page_exists()
    {
        var pages = SiteChecks.Pages(site.Output);
        var index = site.Result.Index!;

        Assert.Contains("index.html", pages);
        Assert.Contains("questions.html", pages);
        Assert.All(index.Stories, s => Assert.Contains($"stories/{s.Slug}.html", pages));
        foreach (var axis in Axes.All)
        {
            Assert.Contains($"{axis.Folder()}/index.html", pages);
            Assert.All(index.Terms(axis), t => Assert.Contains(t.PagePath, pages));
        }
        Assert.Contains("competencies/ownership.html", pages);
    }

    [Fact]
    public void Every_link_resolves_inside_the_site()
    {
        Assert.Empty(SiteChecks.BrokenLinks(site.Output));
    }

    [Fact]
    public void Home_page_shows_every_story_as_a_card()
    {
        var home = SiteChecks.Page(site.Output, "index.html");

        var titles = home.QuerySelectorAll(".card-title a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(site.Result.Index!.Stories.Select(s => s.Title), titles);
        Assert.All(home.QuerySelectorAll(".card"), card => Assert.NotNull(card.QuerySelector(".chip-level")));
    }

    [Fact]
    public void Story_page_has_anchored_star_sections_and_prominent_tradeoff()
    {
        var page = SiteChecks.Page(site.Output, "stories/checkout-outage-connection-pool.html");

        foreach (var kind in SectionKinds.Ordered)
        {
            var section = page.GetElementById(kind.Anchor());
            Assert.NotNull(section);
            Assert.Equal($"#{kind.Anchor()}", section.QuerySelector("h2 a.anchor")!.GetAttribute("href"));
        }
        Assert.Contains("Rolled back at once", page.QuerySelector(".glance-tradeoff")!.TextContent);
        Assert.Contains("38%\u00A0→\u00A00%", page.QuerySelector(".glance-metrics")!.TextContent);
        Assert.Equal("../levels/senior.html", page.QuerySelector(".chip-level")!.GetAttribute("href"));
    }

    [Fact]
    public void Question_bank_shows_gaps()
    {
        var page = SiteChecks.Page(site.Output, "questions.html");
        var gaps = site.Result.Index!.PatternGaps.Select(p => p.Title).ToList();

        Assert.NotEmpty(gaps);
        var shown = page.QuerySelectorAll(".question-gap h2 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(gaps, shown);
    }

    [Fact]
    public void Coverage_page_has_a_row_per_story_and_counts_per_competency()
    {
        var page = SiteChecks.Page(site.Output, "coverage.html");
        var index = site.Result.Index!;

        Assert.Equal(index.Stories.Count, page.QuerySelectorAll("#coverage-stories tbody tr").Length);
        var counts = page.QuerySelectorAll("#coverage-stories tfoot td").Select(td => int.Parse(td.TextContent)).ToList();
        Assert.Equal(index.Competencies.Select(c => c.Stories.Count), counts);
        Assert.Equal("Ready", page.GetElementById("gaps-heading")!.TextContent.Trim());
        Assert.NotNull(SiteChecks.Page(site.Output, "index.html").QuerySelector("a[href='coverage.html']"));
    }

    [Fact]
    public void Pages_load_nothing_from_outside_the_site()
    {
        foreach (var page in SiteChecks.Pages(site.Output))
        {
            var html = File.ReadAllText(Path.Combine(site.Output, page));
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
        }
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var dir = new TempDirectory();
        var again = dir.Combine("again");
        HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Paths.SampleInput, OutputDirectory = again, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        });

        var first = SiteFiles(site.Output);
        var second = SiteFiles(again);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    private static SortedDictionary<string, byte[]> SiteFiles(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), File.ReadAllBytes),
        StringComparer.Ordinal);
}

public class SampleSiteCopyTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Home_counts_the_patterns_stories_answer_and_links_to_the_gaps()
    {
        var home = SiteChecks.Page(site.Output, "index.html");
        var answered = site.Result.Index!.Patterns.Count(p => p.Stories.Count > 0);

        var lede = home.QuerySelector(".lede")!.TextContent;
        Assert.StartsWith($"8 stories answering {answered} question patterns", lede);
        Assert.Equal("questions.html#gaps", home.QuerySelector(".lede a")!.GetAttribute("href"));
        Assert.NotNull(SiteChecks.Page(site.Output, "questions.html").GetElementById("gaps"));
    }

    [Fact]
    public void Home_says_what_the_chip_colours_mean()
    {
        var legend = SiteChecks.Page(site.Output, "index.html").QuerySelector(".chip-legend")!;

        Assert.Equal(["chip chip-level", "chip chip-competency", "chip chip-pattern"], legend.QuerySelectorAll(".chip").Select(c => c.ClassName));
    }

    [Fact]
    public void Navigation_has_one_entry_for_the_questions()
    {
        var nav = SiteChecks.Page(site.Output, "patterns/production-incident.html").QuerySelectorAll(".site-header nav a").ToList();

        Assert.Single(nav, a => a.TextContent.Contains("Question", StringComparison.Ordinal));
        Assert.Equal("page", nav.Single(a => a.TextContent == "Questions").GetAttribute("aria-current"));
    }

    [Fact]
    public void Story_page_has_a_table_of_contents_of_its_sections()
    {
        var page = SiteChecks.Page(site.Output, "stories/checkout-outage-connection-pool.html");

        Assert.Equal(["#situation", "#task", "#action", "#trade-off", "#result", "#reflection"],
            page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Section_anchors_take_no_tab_stop_and_copy_buttons_say_their_label()
    {
        var page = SiteChecks.Page(site.Output, "stories/checkout-outage-connection-pool.html");

        Assert.All(page.QuerySelectorAll("a.anchor"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        Assert.All(page.QuerySelectorAll(".copy-link"), b => Assert.StartsWith("Copy link to ", b.TextContent.Trim()));
    }
}

using System.Text.Json;
using AngleSharp.Html.Parser;
using Handbook.Pipeline;
using Handbook.Tests.Integration;
using Handbook.Tests.Support;

namespace Handbook.Tests.Targets;

public class TargetPageTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string site, string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site, path)));

    private const string Loop = """
        title: Acme
        level: senior
        values:
          - id: own-it
            title: Own it
            competencies: [ownership]
          - id: teach
            title: Teach
            competencies: [mentoring]
        rounds:
          - title: Manager
            values: [own-it, teach]
          - title: Peer
            values: [own-it]
        """;

    private static (BuildResult Result, string Site) Build(TempDirectory dir, IReadOnlyDictionary<string, string> targets, int ownershipStories = 3)
    {
        for (var i = 0; i < ownershipStories; i++)
        {
            dir.Write($"input/stories/own-{i}.md", Stories.Compose($"title: Ownership story {i}\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior"));
        }
        foreach (var (id, yaml) in targets) dir.Write($"input/targets/{id}.yml", yaml);
        var site = dir.Combine("site");
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = dir.Combine("input"), OutputDirectory = site, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        });
        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        return (result, site);
    }

    [Fact]
    public void Sample_target_page_has_a_round_element_per_round_listing_different_stories()
    {
        var page = Page(sample.Output, "targets/lantern-freight.html");

        var rounds = page.QuerySelectorAll("[data-round]");
        Assert.Equal(["1", "2", "3", "4"], rounds.Select(r => r.GetAttribute("data-round")));
        var told = rounds.SelectMany(r => r.QuerySelectorAll(".target-pick[data-story]").Select(p => p.GetAttribute("data-story")!)).ToList();
        Assert.Equal(8, told.Count);
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.All(rounds, r =>
        {
            Assert.Equal(r.GetAttribute("data-stories"), string.Join(' ', r.QuerySelectorAll(".target-pick[data-story]").Select(p => p.GetAttribute("data-story"))));
            Assert.NotNull(r.QuerySelector(".target-backup a[href]"));
            Assert.All(r.QuerySelectorAll(".target-pick .target-why"), why => Assert.StartsWith($"Told in round {r.GetAttribute("data-round")}", why.TextContent));
        });
        Assert.All(told, slug => Assert.True(File.Exists(Path.Combine(sample.Output, "stories", slug + ".html"))));
    }

    [Fact]
    public void Sample_target_page_lists_each_value_with_its_stories_best_first()
    {
        var page = Page(sample.Output, "targets/lantern-freight.html");

        var values = page.QuerySelectorAll(".target-value-stories");
        Assert.Equal(6, values.Length);
        Assert.All(values, v => Assert.NotEmpty(v.QuerySelectorAll(".target-candidates li a")));
        Assert.Contains("Senior level", page.QuerySelector(".sheet-header")!.TextContent);
    }

    [Fact]
    public void Every_page_links_to_the_only_target_from_the_navigation()
    {
        Assert.Equal("targets/lantern-freight.html", Page(sample.Output, "index.html").QuerySelectorAll("nav a").Single(a => a.TextContent == "Targets").GetAttribute("href"));
        Assert.Equal("../targets/lantern-freight.html",
            Page(sample.Output, "stories/mentoring-new-grad.html").QuerySelectorAll("nav a").Single(a => a.TextContent == "Targets").GetAttribute("href"));
        Assert.False(File.Exists(Path.Combine(sample.Output, "targets", "index.html")));
        Assert.Empty(SiteChecks.BrokenLinks(sample.Output));
    }

    [Fact]
    public void A_handbook_without_targets_has_no_target_pages_or_link()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, new Dictionary<string, string>());

        Assert.False(Directory.Exists(Path.Combine(site, "targets")));
        Assert.DoesNotContain(Page(site, "index.html").QuerySelectorAll("nav a"), a => a.TextContent == "Targets");
    }

    [Fact]
    public void Several_targets_get_an_overview_that_the_navigation_links_to()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, new Dictionary<string, string> { ["acme"] = Loop, ["globex"] = Loop.Replace("title: Acme", "title: Globex") });

        var overview = Page(site, "targets/index.html");
        Assert.Equal(["acme.html", "globex.html"], overview.QuerySelectorAll(".target-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("targets/index.html", Page(site, "index.html").QuerySelectorAll("nav a").Single(a => a.TextContent == "Targets").GetAttribute("href"));
        Assert.NotNull(Page(site, "targets/acme.html").QuerySelector("a[href='index.html']"));
        Assert.Empty(SiteChecks.BrokenLinks(site));
    }

    [Fact]
    public void A_value_no_story_shows_is_shown_as_a_gap_and_warned_about()
    {
        using var dir = new TempDirectory();
        var (result, site) = Build(dir, new Dictionary<string, string> { ["acme"] = Loop });

        var page = Page(site, "targets/acme.html");
        Assert.Contains("Teach", Assert.Single(page.QuerySelectorAll(".target-gaps .target-gap")).TextContent);
        Assert.Single(page.QuerySelectorAll("[data-round='1'] .target-pick-gap"));
        Assert.NotNull(page.QuerySelector("#value-teach.is-gap"));
        Assert.Single(result.Diagnostics, d => d.RuleId == "target-gap");
    }

    [Fact]
    public void A_short_bank_is_said_on_the_page()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, new Dictionary<string, string> { ["acme"] = Loop }, ownershipStories: 1);

        var page = Page(site, "targets/acme.html");
        Assert.Contains("too few stories", page.QuerySelector(".target-short")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-round='2'] .target-retold"));
    }

    [Fact]
    public void Every_string_from_the_target_file_is_escaped()
    {
        using var dir = new TempDirectory();
        const string Attack = "<script>alert(1)</script>\\\"'><img src=x onerror=alert(2)>";
        var yaml = Loop
            .Replace("title: Acme", $"title: \"Acme {Attack}\"")
            .Replace("title: Own it", $"title: \"Own {Attack}\"\n    description: \"{Attack}\"\n    prompts: [\"{Attack}\"]")
            .Replace("title: Manager", $"title: \"Manager {Attack}\"");
        var (_, site) = Build(dir, new Dictionary<string, string> { ["acme"] = yaml });

        var html = File.ReadAllText(Path.Combine(site, "targets", "acme.html"));
        var page = Parser.ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("[data-round='1'] h3")!.TextContent);
        Assert.Contains("onerror", page.QuerySelector("#value-own-it .target-description")!.TextContent);
        var data = File.ReadAllText(Path.Combine(site, "assets", "practice-data.js"));
        Assert.DoesNotContain("</script>", data);
    }

    [Fact]
    public void Practice_data_carries_each_target_with_its_values_prompts_and_gaps()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, new Dictionary<string, string> { ["acme"] = Loop });

        var script = File.ReadAllText(Path.Combine(site, "assets", "practice-data.js"));
        var json = script["window.HandbookPracticeData=".Length..].TrimEnd().TrimEnd(';');
        using var data = JsonDocument.Parse(json);
        var target = Assert.Single(data.RootElement.GetProperty("targets").EnumerateArray());
        Assert.Equal("acme", target.GetProperty("id").GetString());
        var values = target.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal([false, true], values.Select(v => v.GetProperty("gap").GetBoolean()));
        Assert.Equal(3, values[0].GetProperty("s").GetArrayLength());
        Assert.Contains("Teach", values[1].GetProperty("prompts")[0].GetString());
        Assert.NotNull(Page(site, "practice.html").QuerySelector("#practice-target option[value='acme']"));
    }

    [Fact]
    public void Target_pages_are_the_same_bytes_on_every_build()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var (_, a) = Build(first, new Dictionary<string, string> { ["acme"] = Loop });
        var (_, b) = Build(second, new Dictionary<string, string> { ["acme"] = Loop });

        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "targets", "acme.html")), File.ReadAllBytes(Path.Combine(b, "targets", "acme.html")));
    }
}

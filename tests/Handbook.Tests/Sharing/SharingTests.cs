using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Tests.Integration;
using Handbook.Tests.Support;
using Tomlyn.Model;

namespace Handbook.Tests.Sharing;

public class NetlifyConfigTests
{
    [Fact]
    public void Publishes_the_output_folder_with_the_build_script()
    {
        var build = (TomlTable)NetlifyConfig.Read()["build"];

        Assert.Equal("output", build["publish"]);
        var command = (string)build["command"];
        var script = command.Split(' ').Single(p => p.EndsWith(".sh", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Paths.Repository, script)), $"{script} is missing");
    }

    [Fact]
    public void Headers_allow_only_the_sites_own_files()
    {
        var headers = NetlifyConfig.Headers();
        var csp = headers["Content-Security-Policy"];

        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("same-origin", headers["Referrer-Policy"]);
    }

    [Fact]
    public void Build_script_skips_the_sdk_install_when_dotnet_10_is_present()
    {
        var script = File.ReadAllText(Path.Combine(Paths.Repository, "scripts", "netlify-build.sh"));

        Assert.Contains("have_sdk", script);
        Assert.Contains("dotnet-install.sh", script);
        Assert.Contains("--base-url \"$URL\"", script);
    }
}

public class SharingOutputTests
{
    private static (BuildResult Result, string Site) Build(TempDirectory dir, string settings = "", Action<string>? change = null)
    {
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        if (settings.Length > 0) File.AppendAllText(Path.Combine(input, "handbook.yml"), settings);
        change?.Invoke(input);
        var site = dir.Combine("site");
        var result = HandbookPipeline.Build(new BuildOptions { InputDirectory = input, OutputDirectory = site, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path });
        return (result, site);
    }

    [Fact]
    public void Private_handbook_asks_not_to_be_indexed_and_has_no_sitemap()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir);

        Assert.Equal("/*\n  X-Robots-Tag: noindex\n", File.ReadAllText(Path.Combine(site, "_headers")));
        Assert.Contains("Disallow: /", File.ReadAllText(Path.Combine(site, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(site, "sitemap.xml")));
        Assert.All(SiteChecks.Pages(site).Where(p => p != "404.html"), page =>
            Assert.Equal("noindex, nofollow", SiteChecks.Page(site, page).QuerySelector("meta[name=robots]")?.GetAttribute("content")));
    }

    [Fact]
    public void Public_handbook_with_a_base_url_has_a_sitemap_and_canonical_links()
    {
        using var dir = new TempDirectory();
        var (result, site) = Build(dir, "public: true\nbaseUrl: https://sam.example.org/\n");

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site, "_headers")));
        var sitemap = File.ReadAllText(Path.Combine(site, "sitemap.xml"));
        Assert.Contains("<loc>https://sam.example.org/stories/search-latency-cache.html</loc>", sitemap);
        Assert.DoesNotContain("404.html", sitemap);
        var story = SiteChecks.Page(site, "stories/search-latency-cache.html");
        Assert.Equal("https://sam.example.org/stories/search-latency-cache.html", story.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(story.QuerySelector("meta[name=robots]"));
        Assert.Empty(SiteChecks.BrokenLinks(site));
    }

    [Fact]
    public void Story_pages_have_link_preview_tags()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir);
        var page = SiteChecks.Page(site, "stories/mentoring-new-grad.html");

        Assert.Equal("Growing a new graduate into a service owner", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.StartsWith("I mentored a new graduate", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
    }

    [Fact]
    public void Redirect_from_an_old_slug_writes_a_page_and_a_netlify_rule()
    {
        using var dir = new TempDirectory();
        var (result, site) = Build(dir, change: input =>
        {
            var story = Path.Combine(input, "stories", "mentoring-new-grad.md");
            File.WriteAllText(story, File.ReadAllText(story).Replace("tags: [mentoring, code-review]", "tags: [mentoring, code-review]\nredirectFrom: [new-grad-mentoring]"));
        });

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.Contains("/stories/new-grad-mentoring.html /stories/mentoring-new-grad.html 301!", File.ReadAllText(Path.Combine(site, "_redirects")));
        var page = SiteChecks.Page(site, "stories/new-grad-mentoring.html");
        Assert.Equal("0; url=mentoring-new-grad.html", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Empty(SiteChecks.BrokenLinks(site));
    }

    [Theory]
    [InlineData("../../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b")]
    public void Redirect_that_is_a_path_is_rejected(string redirect)
    {
        var text = Stories.Compose(frontMatter: $"title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nredirectFrom: [\"{redirect}\"]");

        var diagnostic = Stories.Check(text).Single(RuleIds.InvalidFieldType);
        Assert.Contains("not an old slug", diagnostic.Message);
        Assert.Equal(6, diagnostic.Location.Line);
    }

    [Fact]
    public void Redirect_onto_another_storys_address_is_an_error()
    {
        using var dir = new TempDirectory();
        var (result, _) = Build(dir, change: input =>
        {
            var story = Path.Combine(input, "stories", "mentoring-new-grad.md");
            File.WriteAllText(story, File.ReadAllText(story).Replace("tags: [mentoring, code-review]", "tags: [mentoring, code-review]\nredirectFrom: [search-latency-cache]"));
        });

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.DuplicateSlug && d.Message.Contains("search-latency-cache"));
    }

    [Fact]
    public void Not_found_page_uses_relative_assets_so_it_is_styled_from_disk()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir);
        var page = SiteChecks.Page(site, "404.html");

        Assert.Equal("assets/style.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "index.html");
        Assert.DoesNotContain(page.QuerySelectorAll("[href], [src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith('/'));
    }

    [Fact]
    public void Netlify_sends_a_missing_address_in_a_folder_up_to_the_root_where_the_404_links_resolve()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, "", input =>
        {
            var story = Path.Combine(input, "stories", "mentoring-new-grad.md");
            File.WriteAllText(story, File.ReadAllText(story).Replace("tags:", "redirectFrom: [new-grad]\ntags:"));
        });

        var rules = File.ReadAllLines(Path.Combine(site, "_redirects"));
        Assert.Equal("/:folder/* /:splat 302", rules[^1]);
        Assert.True(Array.FindIndex(rules, r => r.StartsWith("/stories/new-grad.html ", StringComparison.Ordinal)) < rules.Length - 1);
    }

    [Fact]
    public void Invalid_base_url_is_reported()
    {
        using var dir = new TempDirectory();
        var (result, _) = Build(dir, "baseUrl: not a url\n");

        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.InvalidFieldType && d.Message.Contains("not an http"));
    }
}

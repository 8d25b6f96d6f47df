using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Reading;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

public class HostFilesTests
{
    private static SiteIndex Index(string frontMatter) =>
        SiteIndex.Build([StoryReader.Parse(Stories.Compose(frontMatter), "stories/new-name.md", new DiagnosticBag())!], Stories.DefaultConfig, includeDrafts: false);

    private static string Text(IEnumerable<Handbook.Publishing.OutputFile> files, string path) =>
        System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content);

    [Fact]
    public void An_old_slug_is_sent_to_its_story_before_the_folder_rule()
    {
        var index = Index("title: A story\nslug: new-name\nredirectFrom: [old-name]\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior");

        var redirects = Text(HostFiles.For(index, Stories.DefaultConfig, []), "_redirects");

        Assert.Equal("/stories/old-name.html /stories/new-name.html 301!\n/:folder/* /:splat 302\n", redirects);
    }

    [Fact]
    public void A_public_site_with_an_address_lists_its_pages_but_not_redirects_or_the_404_page_in_the_sitemap()
    {
        var index = Index("title: A story\nslug: new-name\nredirectFrom: [old-name]\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior");
        var config = Stories.DefaultConfig with { Public = true, BaseUrl = "https://example.org" };

        var files = HostFiles.For(index, config, ["stories/new-name.html", "stories/old-name.html", "404.html", "assets/site.js"]).ToList();

        var sitemap = Text(files, "sitemap.xml");
        Assert.Contains("<loc>https://example.org/stories/new-name.html</loc>", sitemap);
        Assert.DoesNotContain("old-name", sitemap);
        Assert.DoesNotContain("404", sitemap);
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", Text(files, "robots.txt"));
        Assert.DoesNotContain(files, f => f.Path == "_headers");
    }

    [Fact]
    public void A_private_site_asks_crawlers_and_hosts_to_keep_out()
    {
        var files = HostFiles.For(Index("title: A story"), Stories.DefaultConfig with { Public = false }, ["index.html"]).ToList();

        Assert.Equal("User-agent: *\nDisallow: /\n", Text(files, "robots.txt"));
        Assert.Contains("X-Robots-Tag: noindex", Text(files, "_headers"));
        Assert.DoesNotContain(files, f => f.Path == "sitemap.xml");
    }
}

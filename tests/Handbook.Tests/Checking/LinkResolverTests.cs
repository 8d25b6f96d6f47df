using Handbook.Checking;

namespace Handbook.Tests.Checking;

public class LinkResolverTests
{
    private static Resolved.Internal Internal(string page, string url) => Assert.IsType<Resolved.Internal>(LinkResolver.Resolve(page, url));

    [Theory]
    [InlineData("stories/a.html", "../patterns/x.html", "patterns/x.html")]
    [InlineData("stories/a.html", "b.html", "stories/b.html")]
    [InlineData("stories/a.html", "./b.html?from=home", "stories/b.html")]
    [InlineData("index.html", "stories/my%20story.html", "stories/my story.html")]
    [InlineData("prep/deep/page.html", "../../stories/../index.html", "index.html")]
    public void A_relative_link_resolves_from_the_page_folder_without_its_query(string page, string url, string target) =>
        Assert.Equal(target, Internal(page, url).Target);

    [Theory]
    [InlineData("https://example.org/x")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:sam@example.org")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("javascript:alert(1)")]
    [InlineData("tel:+15550100")]
    public void External_and_non_file_addresses_are_skipped(string url) =>
        Assert.IsType<Resolved.Skipped>(LinkResolver.Resolve("index.html", url));

    [Fact]
    public void A_fragment_only_link_points_at_the_page_itself()
    {
        var link = Internal("stories/a.html", "#result");
        Assert.Equal("stories/a.html", link.Target);
        Assert.Equal("result", link.Fragment);
    }

    [Fact]
    public void A_folder_link_resolves_to_its_index_and_is_marked_as_a_folder()
    {
        var link = Internal("stories/a.html", "../patterns/");
        Assert.Equal("patterns/index.html", link.Target);
        Assert.True(link.Folder);
    }

    [Fact]
    public void A_link_from_the_server_root_resolves_against_the_site_root_and_is_marked()
    {
        var link = Internal("stories/a.html", "/search.html#q=x");
        Assert.Equal("search.html", link.Target);
        Assert.True(link.FromRoot);
    }

    [Fact]
    public void A_link_that_climbs_above_the_site_leads_outside() =>
        Assert.IsType<Resolved.Outside>(LinkResolver.Resolve("stories/a.html", "../../secret.html"));

    [Fact]
    public void A_base_element_changes_what_relative_links_resolve_against() =>
        Assert.Equal("stories/b.html", Assert.IsType<Resolved.Internal>(LinkResolver.Resolve("index.html", "b.html", "stories/")).Target);
}

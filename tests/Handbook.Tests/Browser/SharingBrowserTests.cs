using Handbook.Cli.Serving;
using Handbook.Tests.Sharing;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SharingBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Every_page_works_under_the_deployed_content_security_policy()
    {
        await using var server = await SiteServer.StartAsync(fixture.Site, headers: NetlifyConfig.Headers());
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);

        foreach (var page in Integration.SiteChecks.Pages(fixture.Site))
        {
            var response = await probe.Page.GotoAsync(new Uri(server.Address, page).AbsoluteUri);
            Assert.Contains("default-src 'self'", response!.Headers["content-security-policy"]);
        }
        await probe.Page.GotoAsync(new Uri(server.Address, "search.html#q=pool&l=senior").AbsoluteUri);
        await probe.Page.WaitForSelectorAsync("#search-results .result-snippet .label");
        await probe.Page.GotoAsync(new Uri(server.Address, "stories/search-latency-cache.html").AbsoluteUri);
        await probe.Page.Locator("#review summary").ClickAsync();
        await probe.Page.Locator("fieldset[data-criterion='So what?'] input[value='3']").CheckAsync();

        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Copy_link_puts_the_section_address_on_the_clipboard()
    {
        await using var server = await SiteServer.StartAsync(fixture.Site);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser, new BrowserNewContextOptions
        {
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var url = new Uri(server.Address, "stories/noisy-alerts-oncall.html").AbsoluteUri;
        await probe.Page.GotoAsync(url);

        await probe.Page.Locator("#result .copy-link").ClickAsync();
        await probe.Page.Locator("#copy-status", new() { HasText = "Link copied" }).WaitForAsync();

        Assert.Equal(url + "#result", await probe.Page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [BrowserFact]
    public async Task Review_panel_produces_the_scored_review_text()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        var url = fixture.FileUrl("stories/billing-launch-pushback.html");
        await probe.Page.GotoAsync(url);
        await probe.Page.Locator("#review summary").ClickAsync();

        var scores = new[] { ("So what?", "4"), ("Who decided?", "3"), ("What if?", "2"), ("Trade-off", "4"), ("Reflection", "3") };
        foreach (var (criterion, score) in scores)
        {
            await probe.Page.Locator($"fieldset[data-criterion='{criterion}'] input[value='{score}']").CheckAsync();
        }
        await probe.Page.Locator("fieldset[data-criterion='What if?'] .review-comment").FillAsync("Name the rewrite you rejected.");
        await probe.Page.Locator("#review-notes").FillAsync("Strong story; tighten the Action.");

        var expected = string.Join('\n',
            "Review of \"Pushing back on the billing launch date\" (Senior)",
            url,
            "",
            "- So what? 4/4",
            "- Who decided? 3/4",
            "- What if? 2/4: Name the rewrite you rejected.",
            "- Trade-off 4/4",
            "- Reflection 3/4",
            "",
            "Score: 16/20",
            "",
            "Strong story; tighten the Action.");
        Assert.Equal(expected, await probe.Page.Locator("#review-output").InputValueAsync());
        var mailto = await probe.Page.Locator("#review-email").GetAttributeAsync("href");
        Assert.StartsWith("mailto:?subject=Review%3A%20Pushing%20back", mailto);
        Assert.Contains("Score%3A%2016%2F20", mailto);
        Assert.Empty(probe.Errors);
    }
}

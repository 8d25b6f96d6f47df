using Handbook.Cli.Serving;
using Handbook.Tests.Sharing;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

/// <summary>The sample built as a locked share version, and a server that sends it with Netlify's headers.</summary>
public sealed class LockedSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public string Site => _dir.Combine("site");

    public SiteServer Server { get; private set; } = null!;

    public string FileUrl(string page) => new Uri(Path.Combine(Site, page)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        var result = LockedSite.Build(Paths.SampleInput, Site, _dir.Path);
        if (!result.Published) throw new InvalidOperationException("The locked sample did not build: " + string.Join("; ", result.Diagnostics));
        Server = await SiteServer.StartAsync(Site, headers: NetlifyConfig.Headers());
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _dir.Dispose();
    }
}

[Collection(BrowserCollection.Name)]
public class LockedShareBrowserTests(BrowserFixture fixture, LockedSiteFixture locked) : IClassFixture<LockedSiteFixture>
{
    private static async Task UnlockAsync(IPage page, string passphrase)
    {
        await page.GetByLabel("Passphrase").FillAsync(passphrase);
        await page.GetByLabel("Passphrase").PressAsync("Enter");
    }

    [BrowserFact]
    public async Task Right_passphrase_opens_a_story_from_disk()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(locked.FileUrl("stories/mentoring-new-grad.html"));

        await UnlockAsync(probe.Page, LockedSite.Passphrase);

        await probe.Page.Locator("main h1", new() { HasText = "Growing a new graduate into a service owner" }).WaitForAsync();
        Assert.StartsWith("Growing a new graduate", await probe.Page.TitleAsync());
        Assert.Equal(0, await probe.Page.Locator("#lock").CountAsync());
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Wrong_passphrase_says_so_and_keeps_the_page_locked()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(locked.FileUrl("stories/mentoring-new-grad.html"));

        await UnlockAsync(probe.Page, "not the passphrase");

        await probe.Page.Locator("[role=alert]", new() { HasText = "did not unlock" }).WaitForAsync();
        Assert.Equal(1, await probe.Page.Locator("#lock").CountAsync());
        Assert.DoesNotContain("Growing", await probe.Page.TitleAsync());
        Assert.Equal("Passphrase", await probe.Page.EvaluateAsync<string>("document.activeElement.labels[0].textContent"));
    }

    [BrowserFact]
    public async Task Once_unlocked_the_tab_reads_other_pages_search_and_practice_without_asking()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(locked.FileUrl("index.html"));
        await UnlockAsync(probe.Page, LockedSite.Passphrase);
        await probe.Page.Locator("main a[href='stories/mentoring-new-grad.html']").First.WaitForAsync();

        await probe.Page.GotoAsync(locked.FileUrl("search.html") + "#q=pool");
        await probe.Page.WaitForSelectorAsync("#search-results .result-snippet");
        await probe.Page.GotoAsync(locked.FileUrl("practice.html") + "#seed=3");
        await probe.Page.Locator("#next-question").ClickAsync();

        Assert.NotEqual("", (await probe.Page.Locator("#drill-prompt").TextContentAsync())!.Trim());
        Assert.Equal(0, await probe.Page.Locator("#lock").CountAsync());
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Unlocks_over_http_under_the_deployed_content_security_policy()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        var response = await probe.Page.GotoAsync(new Uri(locked.Server.Address, "cheatsheet.html").AbsoluteUri);
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"]);

        await UnlockAsync(probe.Page, LockedSite.Passphrase);
        await probe.Page.Locator("main h1").First.WaitForAsync();

        Assert.Equal(0, await probe.Page.Locator("#lock").CountAsync());
        Assert.Empty(probe.Errors);
    }

    [NetlifyDevFact]
    public async Task Unlocks_on_netlify_dev_with_the_right_passphrase_and_not_with_a_wrong_one()
    {
        Assert.True(NetlifyDev.Command is not null, "netlify-cli is missing: .ci/run installs it into ~/.cache/handbook-tools");
        using var project = new TempDirectory();
        CopyFolder(locked.Site, project.Combine("output"));
        File.Copy(Path.Combine(Paths.Repository, "netlify.toml"), project.Combine("netlify.toml"));
        await using var netlify = await NetlifyDev.StartAsync(project.Path);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);

        var response = await probe.Page.GotoAsync(new Uri(netlify.Address, "stories/mentoring-new-grad.html").AbsoluteUri);
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"]);
        await UnlockAsync(probe.Page, "not the passphrase");
        await probe.Page.Locator("[role=alert]", new() { HasText = "did not unlock" }).WaitForAsync();
        await UnlockAsync(probe.Page, LockedSite.Passphrase);

        await probe.Page.Locator("main h1", new() { HasText = "Growing a new graduate into a service owner" }).WaitForAsync();
        Assert.Empty(probe.Errors);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

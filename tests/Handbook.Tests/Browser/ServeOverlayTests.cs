using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ServeOverlayTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Page_reloads_by_itself_and_shows_errors_until_they_are_fixed()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        await using var server = await DevServer.StartAsync(new BuildOptions
        {
            InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        }, port: 0);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(new Uri(server.Address, "stories/noisy-alerts-oncall.html").AbsoluteUri);
        await probe.Page.WaitForFunctionAsync("() => true");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Listeners == 0 && DateTime.UtcNow < deadline) await Task.Delay(25);
        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        var original = File.ReadAllText(story);

        File.WriteAllText(story, original.Replace("title: Taming the pager for my team's on-call", "title: Edited in my editor"));
        await probe.Page.Locator("h1", new() { HasText = "Edited in my editor" }).WaitForAsync();

        File.WriteAllText(story, StoryEdits.WithoutTradeoff(original));
        var overlay = probe.Page.Locator("#handbook-overlay");
        await overlay.WaitForAsync();
        Assert.Contains("missing-tradeoff", await overlay.TextContentAsync());

        File.WriteAllText(story, original);
        await overlay.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        Assert.Empty(probe.Errors);
    }
}

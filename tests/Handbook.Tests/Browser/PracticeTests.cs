using Handbook.Pipeline;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PracticeTests(BrowserFixture fixture)
{
    private string Url(int seed) => fixture.FileUrl("practice.html") + $"#seed={seed}";

    private static async Task<List<string>> DrawAsync(IPage page, int times)
    {
        var prompts = new List<string>();
        for (var i = 0; i < times; i++)
        {
            await page.Locator("#next-question").ClickAsync();
            prompts.Add((await page.Locator("#drill-prompt").TextContentAsync())!);
        }
        return prompts;
    }

    [BrowserFact]
    public async Task Draws_are_the_same_for_the_same_seed()
    {
        await using var first = await PageProbe.OpenAsync(fixture.Browser);
        await first.Page.GotoAsync(Url(42));
        var a = await DrawAsync(first.Page, 4);
        await using var second = await PageProbe.OpenAsync(fixture.Browser);
        await second.Page.GotoAsync(Url(42));
        var b = await DrawAsync(second.Page, 4);
        await using var third = await PageProbe.OpenAsync(fixture.Browser);
        await third.Page.GotoAsync(Url(7));
        var c = await DrawAsync(third.Page, 4);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.All(a.Zip(a.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Empty(first.Errors);
    }

    [BrowserFact]
    public async Task Timer_marks_fire_at_ninety_seconds_and_three_minutes()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.Clock.InstallAsync();
        await probe.Page.GotoAsync(Url(1));
        await probe.Page.Locator("#next-question").ClickAsync();
        await probe.Page.Keyboard.PressAsync("Space");
        var timer = probe.Page.Locator("#timer");

        await probe.Page.Clock.RunForAsync(89_000);
        Assert.DoesNotContain("timer-first-mark", await timer.GetAttributeAsync("class"));
        await probe.Page.Clock.RunForAsync(2_000);
        Assert.Contains("timer-first-mark", await timer.GetAttributeAsync("class"));
        Assert.DoesNotContain("timer-second-mark", await timer.GetAttributeAsync("class"));
        await probe.Page.Clock.RunForAsync(90_000);
        Assert.Contains("timer-second-mark", await timer.GetAttributeAsync("class"));
        Assert.StartsWith("3:0", await probe.Page.Locator("#timer-text").TextContentAsync());

        await probe.Page.Keyboard.PressAsync("Space");
        Assert.True(await probe.Page.Locator("#rate").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Reveal_says_each_trade_off_once()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url(3));

        for (var i = 0; i < 5; i++)
        {
            await probe.Page.Keyboard.PressAsync("n");
            await probe.Page.Keyboard.PressAsync("r");
            foreach (var story in await probe.Page.Locator("#reveal-panel .reveal-story").AllAsync())
            {
                var beats = await story.Locator("dt").AllTextContentsAsync();
                var lines = await story.Locator(".reveal-tradeoff").CountAsync();
                Assert.Equal(1, beats.Count(b => b == "Trade-off") + lines);
            }
        }
    }

    [BrowserFact]
    public async Task Rating_keeps_the_focus_on_the_next_step_and_the_chart_says_when_it_is_empty()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url(4));
        Assert.Contains("No practice", await probe.Page.Locator("#practice-chart").TextContentAsync());

        await probe.Page.ClickAsync("#next-question");
        await probe.Page.ClickAsync("#reveal");
        await probe.Page.Locator("#rate button[data-rating='shaky']").FocusAsync();
        await probe.Page.Keyboard.PressAsync("Enter");

        Assert.Equal("next-question", await probe.Page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.NotNull(await probe.Page.QuerySelectorAsync("#practice-chart svg"));
    }

    [BrowserFact]
    public async Task Reveal_shows_the_stories_filed_under_the_drawn_pattern()
    {
        var index = HandbookPipeline.Render(new BuildOptions { InputDirectory = Paths.SampleInput, ThemeDirectory = Paths.Theme }).Index!;
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url(5));

        for (var i = 0; i < 5; i++)
        {
            await probe.Page.Keyboard.PressAsync("n");
            var pattern = await probe.Page.Locator("#practice").GetAttributeAsync("data-pattern");
            await probe.Page.Keyboard.PressAsync("r");
            var shown = (await probe.Page.Locator("#reveal-panel .reveal-story h3").AllTextContentsAsync()).ToList();
            var expected = index.Patterns.Single(p => p.Id == pattern).Stories.Select(s => s.Title).ToList();
            Assert.Equal(expected, shown);
            Assert.Equal(expected.Count, await probe.Page.Locator("#reveal-panel .follow-up").CountAsync());
        }
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Log_survives_a_reload_and_round_trips_through_export_and_import()
    {
        using var dir = new TempDirectory();
        await using var probe = await PageProbe.OpenAsync(fixture.Browser, new BrowserNewContextOptions { AcceptDownloads = true });
        await probe.Page.GotoAsync(Url(9));
        await probe.Page.Keyboard.PressAsync("n");
        var first = await probe.Page.Locator("#practice").GetAttributeAsync("data-pattern");
        await probe.Page.Keyboard.PressAsync("r");
        await probe.Page.Locator("#rate [data-rating='nailed']").ClickAsync();
        await probe.Page.Keyboard.PressAsync("n");
        await probe.Page.Keyboard.PressAsync("r");
        await probe.Page.Locator("#rate [data-rating='shaky']").ClickAsync();

        await probe.Page.ReloadAsync();
        var row = probe.Page.Locator($"#practice-log tr[data-pattern='{first}']");
        Assert.Equal("1", await row.Locator(".attempts").TextContentAsync());
        Assert.Contains("nailed", await row.TextContentAsync());

        var download = await probe.Page.RunAndWaitForDownloadAsync(() => probe.Page.Locator("#export-log").ClickAsync());
        var file = dir.Combine("log.json");
        await download.SaveAsAsync(file);
        Assert.Contains("\"rating\": \"shaky\"", File.ReadAllText(file));

        await probe.Page.EvaluateAsync("localStorage.clear()");
        await probe.Page.ReloadAsync();
        Assert.Equal("0", await row.Locator(".attempts").TextContentAsync());

        await probe.Page.Locator("#import-log").SetInputFilesAsync(file);
        await probe.Page.Locator("#log-status", new() { HasText = "Imported 2 attempts" }).WaitForAsync();
        Assert.Equal("1", await row.Locator(".attempts").TextContentAsync());
        await probe.Page.ReloadAsync();
        Assert.Equal("1", await row.Locator(".attempts").TextContentAsync());
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task One_story_is_asked_under_each_of_its_prompts_in_turn()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url(1));
        await probe.Page.Locator("#reframe-story").SelectOptionAsync(new SelectOptionValue { Label = "The checkout outage I caused and fixed" });

        var seen = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await probe.Page.Locator("#reframe-next").ClickAsync();
            seen.Add((await probe.Page.Locator("#reframe-prompt").TextContentAsync())!);
        }
        Assert.Equal(3, seen.Distinct().Count());
        Assert.All(seen, s => Assert.Matches(@"\(\d+ of \d+\)$", s));
    }
}

using Handbook.Pipeline;
using Handbook.Tests.Browser;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Targets;

[Collection(BrowserCollection.Name)]
public class TargetBrowserTests(BrowserFixture fixture)
{
    private const string Page = "targets/lantern-freight.html";

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [PrintFact]
    public async Task Sample_target_plan_prints_on_one_page_on_a4_and_letter()
    {
        using var dir = new TempDirectory();
        var rounds = Integration.SiteChecks.Page(fixture.Site, Page).QuerySelectorAll("[data-round] h3").Select(h => h.TextContent).ToList();
        foreach (var format in new[] { "A4", "Letter" })
        {
            await using var probe = await PageProbe.OpenAsync(fixture.Browser);
            await probe.Page.GotoAsync(fixture.FileUrl(Page));
            var pdf = dir.Combine($"{format}.pdf");
            await probe.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });

            Assert.Empty(probe.Errors);
            Assert.Equal(1, PdfTools.Pages(pdf));
            var text = Squash(PdfTools.Text(pdf));
            Assert.All(rounds, round => Assert.Contains(Squash(round), text));
            Assert.DoesNotContain("Skiptocontent", text);
        }
    }

    [BrowserFact]
    public async Task Target_plan_fits_its_page_box_on_screen()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(fixture.FileUrl(Page));

        Assert.Equal("true", await probe.Page.Locator("#sheet").GetAttributeAsync("data-fits"));
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Practice_narrowed_to_a_target_draws_only_its_values_and_weights_its_gaps()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(fixture.FileUrl("practice.html") + "#target=lantern-freight&seed=3");

        Assert.Equal("lantern-freight", await probe.Page.Locator("#practice-target").InputValueAsync());
        var drawn = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            await probe.Page.Locator("#next-question").ClickAsync();
            drawn.Add((await probe.Page.Locator("#practice").GetAttributeAsync("data-pattern"))!);
        }
        Assert.All(drawn, id => Assert.StartsWith("lantern-freight/", id));
        await probe.Page.Locator("#reveal").ClickAsync();
        Assert.True(await probe.Page.Locator("#reveal-panel .reveal-story").CountAsync() > 0);
        var weights = await probe.Page.EvaluateAsync<double[]>("window.HandbookPractice.pool().map(v => v.weight)");
        Assert.Equal(6, weights.Length);
        Assert.All(weights, w => Assert.Equal(1, w)); // the sample loop has no gaps

        await probe.Page.Locator("#practice-target").SelectOptionAsync("");
        await probe.Page.Locator("#next-question").ClickAsync();
        Assert.DoesNotContain("/", (await probe.Page.Locator("#practice").GetAttributeAsync("data-pattern"))!);
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Gap_values_are_drawn_more_often()
    {
        using var dir = new TempDirectory();
        dir.Write("input/stories/own.md", Stories.Compose("title: Own\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior"));
        dir.Write("input/targets/acme.yml", "title: Acme\nvalues:\n  - id: own\n    title: Own\n    competencies: [ownership]\n  - id: teach\n    title: Teach\n    competencies: [mentoring]\nrounds:\n  - title: One\n    values: [own, teach]\n");
        var site = dir.Combine("site");
        Assert.True(HandbookPipeline.Build(new BuildOptions { InputDirectory = dir.Combine("input"), OutputDirectory = site, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path }).Published);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(new Uri(Path.Combine(site, "practice.html")).AbsoluteUri + "#target=acme");

        var pool = await probe.Page.EvaluateAsync<double[]>("window.HandbookPractice.pool().map(v => v.weight)");

        Assert.Equal([1, 3], pool);
        await probe.Page.Locator("#next-question").ClickAsync();
        await probe.Page.Locator("#next-question").ClickAsync();
        Assert.Contains("acme/", (await probe.Page.Locator("#practice").GetAttributeAsync("data-pattern"))!);
        Assert.Empty(probe.Errors);
    }
}

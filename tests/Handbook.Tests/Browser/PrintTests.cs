using Handbook.Corpus;
using Handbook.Pipeline;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class PrintTests(BrowserFixture fixture)
{
    private async Task<string> PrintAsync(string pageUrl, string format, TempDirectory dir)
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(pageUrl);
        var pdf = dir.Combine($"{Guid.NewGuid():N}.pdf");
        await probe.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = format, PrintBackground = true });
        Assert.Empty(probe.Errors);
        return pdf;
    }

    private static string BuildGenerated(TempDirectory dir, int count)
    {
        CorpusGenerator.Write(dir.Combine("input"), count, seed: count);
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = dir.Combine("input"), OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        });
        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        return dir.Combine("site");
    }

    private async Task AssertOnePageWithEveryTitleAsync(string site, IEnumerable<string> titles)
    {
        using var dir = new TempDirectory();
        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await PrintAsync(new Uri(Path.Combine(site, "cheatsheet.html")).AbsoluteUri, format, dir);
            Assert.Equal(1, PdfTools.Pages(pdf));
            // Compared without white space: a title may wrap anywhere, even after the hyphen of "garbage-collection".
            var text = Squash(PdfTools.Text(pdf));
            Assert.All(titles, title => Assert.Contains(Squash(title), text));
            Assert.Contains(Squash("Question → story"), text);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [PrintFact]
    public async Task Sample_cheat_sheet_prints_on_one_page_on_a4_and_letter()
    {
        var titles = Integration.SiteChecks.Page(fixture.Site, "cheatsheet.html").QuerySelectorAll(".sheet-story h2 a").Select(a => a.TextContent);

        await AssertOnePageWithEveryTitleAsync(fixture.Site, titles.ToList());
    }

    [PrintTheory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(12)]
    public async Task Generated_cheat_sheet_prints_on_one_page(int count)
    {
        using var dir = new TempDirectory();
        var site = BuildGenerated(dir, count);
        var titles = Integration.SiteChecks.Page(site, "cheatsheet.html").QuerySelectorAll(".sheet-story h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(count, titles.Count);

        await AssertOnePageWithEveryTitleAsync(site, titles);
    }

    [BrowserFact]
    public async Task Cheat_sheet_content_stays_inside_the_page_box()
    {
        using var dir = new TempDirectory();
        var site = BuildGenerated(dir, 12);
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(new Uri(Path.Combine(site, "cheatsheet.html")).AbsoluteUri);

        Assert.Equal("true", await probe.Page.Locator("#sheet").GetAttributeAsync("data-fits"));
        var overflow = await probe.Page.EvaluateAsync<int>("""
            (() => {
              const box = document.getElementById('sheet-body').getBoundingClientRect();
              return [...document.querySelectorAll('.sheet-story h2')].filter(h => {
                const r = h.getBoundingClientRect();
                return r.right > box.right + 1 || r.bottom > box.bottom + 1;
              }).length;
            })()
            """);
        Assert.Equal(0, overflow);
    }

    [PrintFact]
    public async Task Story_page_prints_without_site_chrome()
    {
        using var dir = new TempDirectory();
        var pdf = await PrintAsync(fixture.FileUrl("stories/checkout-outage-connection-pool.html"), "A4", dir);

        var text = PdfTools.Text(pdf);
        Assert.StartsWith("The checkout outage I caused and fixed", text);
        Assert.Contains("Reflection", text);
        Assert.DoesNotContain("Cheat sheet", text);
        Assert.DoesNotContain("Skip to content", text);
        Assert.InRange(PdfTools.Pages(pdf), 1, 3);
    }

    [PrintFact]
    public async Task Every_sample_story_prints_on_one_page_with_its_address()
    {
        using var dir = new TempDirectory();
        foreach (var story in Directory.GetFiles(Path.Combine(fixture.Site, "stories"), "*.html"))
        {
            foreach (var format in new[] { "A4", "Letter" })
            {
                var pdf = await PrintAsync(new Uri(story).AbsoluteUri, format, dir);
                Assert.True(PdfTools.Pages(pdf) == 1, $"{Path.GetFileName(story)} on {format}: {PdfTools.Pages(pdf)} pages");
                Assert.Contains(Squash(Path.GetFileName(story)), Squash(PdfTools.Text(pdf)));
            }
        }
    }

    [BrowserFact]
    public async Task Printing_in_dark_mode_uses_light_colours()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser, new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await probe.Page.GotoAsync(fixture.FileUrl("stories/checkout-outage-connection-pool.html"));
        var onScreen = await LightnessAsync(probe.Page, ".glance-metrics", "backgroundColor");
        await probe.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Dark });

        Assert.True(onScreen < 0.3, $"the dark theme's box is {onScreen} light");
        foreach (var selector in new[] { "body", ".glance-metrics", ".glance-tradeoff" })
        {
            Assert.True(await LightnessAsync(probe.Page, selector, "backgroundColor") > 0.85, selector);
        }
        Assert.True(await LightnessAsync(probe.Page, ".beat p", "color") < 0.3);
    }

    // The relative lightness (0 black, 1 white) of an element's computed colour property.
    private static Task<double> LightnessAsync(IPage page, string selector, string property) =>
        page.EvaluateAsync<double>(
            "([selector, property]) => { const c = getComputedStyle(document.querySelector(selector))[property].match(/[\\d.]+/g).map(Number);" +
            " return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255; }",
            new[] { selector, property });

    [PrintFact]
    public async Task Coverage_page_prints()
    {
        using var dir = new TempDirectory();
        var pdf = await PrintAsync(fixture.FileUrl("coverage.html"), "A4", dir);
        Assert.Contains("Questions × stories", PdfTools.Text(pdf));
    }

    [BrowserFact]
    public async Task Coverage_table_sorts_by_a_column()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(fixture.FileUrl("coverage.html"));

        await probe.Page.Locator("#coverage-stories th:nth-child(4) button").ClickAsync();
        var seconds = (await probe.Page.Locator("#coverage-stories tbody td:nth-child(4)").EvaluateAllAsync<int[]>("cells => cells.map(c => Number(c.dataset.value))")).ToList();
        Assert.Equal(seconds.Order().ToList(), seconds);

        await probe.Page.Locator("#coverage-stories th:nth-child(4) button").ClickAsync();
        var again = (await probe.Page.Locator("#coverage-stories tbody td:nth-child(4)").EvaluateAllAsync<int[]>("cells => cells.map(c => Number(c.dataset.value))")).ToList();
        Assert.Equal(seconds.OrderDescending().ToList(), again);
        Assert.Equal("descending", await probe.Page.Locator("#coverage-stories th:nth-child(4)").GetAttributeAsync("aria-sort"));
        Assert.Empty(probe.Errors);
    }
}

using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class InjectionTests(BrowserFixture fixture)
{
    // Each payload, if it ran, would set window.__pwned or open a dialog.
    private static readonly string[] Payloads =
    [
        "<script>window.__pwned=1</script>",
        "\"><img src=x onerror=\"window.__pwned=2\">",
        "</script><script>window.__pwned=3</script>",
        "'-alert(4)-'",
        "{{constructor.constructor('window.__pwned=5')()}}",
        "<svg onload=alert(6)>",
        "javascript:alert(7)",
        "\u2028\u2029</textarea><script>alert(8)</script>",
    ];

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029") + "\"";

    [BrowserFact]
    public async Task Payloads_in_every_field_and_heading_never_run()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.AppendAllText(Path.Combine(input, "handbook.yml"), $"email: {Yaml("a@b.c?body=" + Payloads[1])}\n");
        for (var i = 0; i < Payloads.Length; i++)
        {
            var p = Payloads[i];
            File.WriteAllText(Path.Combine(input, "stories", $"payload-{i}.md"), $"""
                ---
                title: {Yaml("Payload " + i + " " + p)}
                summary: {Yaml(p)}
                level: senior
                competencies: [ownership]
                patterns: [production-incident]
                metrics: [{Yaml("p99 850 ms -> 320 ms " + p)}]
                tradeoff: {Yaml("Rejected a rewrite " + p)}
                tags: [{Yaml(p)}]
                cheatsheet: true
                ---

                ## Situation
                Checkout ran at 2,400 orders a minute. {p}

                ## Task {p}
                I owned it. <b onmouseover="alert(9)">raw html</b>

                ## Action
                I rolled back [a link](javascript:alert(10)) and {p}.

                ## Trade-off
                I rejected a rewrite and accepted a slower launch. {p}

                ## Result
                Errors fell from 38% to 0% in 4 minutes. {p}

                ## Reflection
                I load-test pool changes now.
                """);
        }
        var result = HandbookPipeline.Build(new BuildOptions { InputDirectory = input, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path });
        Assert.True(result.Published, string.Join("; ", result.Diagnostics.Where(d => d.IsError)));

        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        var dialogs = 0;
        probe.Page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        var site = dir.Combine("site");
        foreach (var page in Integration.SiteChecks.OfflinePages(site))
        {
            await probe.Page.GotoAsync(new Uri(Path.Combine(site, page)).AbsoluteUri);
            Assert.Null(await probe.Page.EvaluateAsync<int?>("window.__pwned ?? null"));
        }
        await probe.Page.GotoAsync(new Uri(Path.Combine(site, "search.html")).AbsoluteUri + "#q=" + Uri.EscapeDataString("payload script img"));
        await probe.Page.Locator("#search-input").PressSequentiallyAsync(" onerror");
        await probe.Page.GotoAsync(new Uri(Path.Combine(site, "stories/payload-1.html")).AbsoluteUri);
        await probe.Page.Locator("#review summary").ClickAsync();
        await probe.Page.Locator("#review-notes").FillAsync("note");
        await probe.Page.Locator("b", new() { HasText = "raw html" }).CountAsync();

        Assert.Null(await probe.Page.EvaluateAsync<int?>("window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await probe.Page.Locator("b", new() { HasText = "raw html" }).CountAsync());
        Assert.Contains("<b onmouseover", await probe.Page.Locator("article.story").TextContentAsync());
    }

    [BrowserFact]
    public async Task Payloads_from_every_input_file_never_run_on_any_page_opened_from_disk()
    {
        using var payloads = new Safety.PayloadSite();
        var result = payloads.Build();
        Assert.True(result.Published, string.Join("; ", result.Diagnostics.Where(d => d.IsError)));

        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        var dialogs = 0;
        probe.Page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        var pages = Integration.SiteChecks.OfflinePages(payloads.Site).ToList();
        Assert.Contains("stories/payload-0.html", pages.Select(p => p.Replace('\\', '/')));
        foreach (var page in pages)
        {
            await probe.Page.GotoAsync(new Uri(Path.Combine(payloads.Site, page)).AbsoluteUri);
            Assert.Null(await probe.Page.EvaluateAsync<string?>("window.__pwned ?? null"));
            Assert.Equal(0, await probe.Page.Locator("img[onerror], svg[onload], iframe").CountAsync());
        }
        // Search and practice put the data files' strings into the page as the user types and draws.
        await probe.Page.GotoAsync(new Uri(Path.Combine(payloads.Site, "search.html")).AbsoluteUri + "#q=" + Uri.EscapeDataString("pwn script"));
        await probe.Page.Locator("#search-input").PressSequentiallyAsync(" img");
        await probe.Page.WaitForTimeoutAsync(300);

        Assert.Null(await probe.Page.EvaluateAsync<string?>("window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
    }
}

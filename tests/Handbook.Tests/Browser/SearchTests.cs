using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserFixture fixture)
{
    private string SiteRoot(bool served) => served ? fixture.Server.Address.AbsoluteUri : new Uri(fixture.Site + "/").AbsoluteUri;

    private string Url(string page, bool served) => served ? fixture.HttpUrl(page) : fixture.FileUrl(page);

    private static async Task<IReadOnlyList<string>> TypeAsync(IPage page, string query)
    {
        await page.FillAsync("#search-input", "");
        await page.Locator("#search-input").PressSequentiallyAsync(query);
        await page.WaitForFunctionAsync("q => document.getElementById('search-input').value === q", query);
        return await ResultTitlesAsync(page);
    }

    private static async Task<IReadOnlyList<string>> ResultTitlesAsync(IPage page) =>
        (await page.Locator("#search-results .result-title").AllTextContentsAsync()).Select(t => t.Trim()).ToList();

    [BrowserFact]
    public async Task Search_from_disk_finds_the_story_and_enter_opens_it()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        var titles = await TypeAsync(probe.Page, "connection pool");
        Assert.Equal("The checkout outage I caused and fixed", titles[0]);

        await probe.Page.Locator("#search-input").PressAsync("Enter");
        await probe.WaitForUrlAsync(url => url.Contains("/stories/checkout-outage-connection-pool.html", StringComparison.Ordinal));
        Assert.Equal("The checkout outage I caused and fixed", (await probe.Page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Empty(probe.RequestsOutside(SiteRoot(served: false)));
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Served_site_search_works_the_same()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: true));

        var titles = await TypeAsync(probe.Page, "idempotency");
        Assert.Equal(["Pushing back on the billing launch date"], titles);
        await probe.Page.Locator("#search-results .result-title").First.ClickAsync();
        await probe.WaitForUrlAsync(url => url.Contains("/stories/billing-launch-pushback.html", StringComparison.Ordinal));
        Assert.Empty(probe.RequestsOutside(SiteRoot(served: true)));
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Prefix_matches_as_you_type()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        Assert.Contains("Migrating the orders table to 64-bit ids with no downtime", await TypeAsync(probe.Page, "backf"));
    }

    [BrowserFact]
    public async Task Title_matches_rank_above_body_matches()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        var titles = await TypeAsync(probe.Page, "checkout");

        Assert.True(titles.Count >= 2, string.Join(" | ", titles));
        Assert.Equal("The checkout outage I caused and fixed", titles[0]);
    }

    [BrowserFact]
    public async Task Snippet_highlights_the_matched_words()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        await TypeAsync(probe.Page, "burn-rate");
        var marks = await probe.Page.Locator("#search-results .result-snippet mark").AllTextContentsAsync();

        Assert.Contains("burn", marks);
        Assert.Contains("rate", marks);
    }

    [BrowserFact]
    public async Task Arrow_keys_move_the_selection_and_enter_opens_it()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));
        var titles = await TypeAsync(probe.Page, "incident");
        Assert.True(titles.Count >= 2);

        await probe.Page.Keyboard.PressAsync("ArrowDown");
        await probe.Page.Keyboard.PressAsync("ArrowDown");
        var active = await probe.Page.Locator("#search-input").GetAttributeAsync("aria-activedescendant");
        Assert.Equal("result-1", active);
        var expectedTitle = titles[1];

        await probe.Page.Keyboard.PressAsync("Enter");

        // The link may gain a #section fragment when its snippet arrives, so compare the page, not the fragment.
        await probe.WaitForUrlAsync(url => url.Contains("/stories/", StringComparison.Ordinal));
        Assert.Equal(expectedTitle, (await probe.Page.Locator("h1").TextContentAsync())!.Trim());
    }

    [BrowserFact]
    public async Task Snippets_arriving_later_keep_the_keyboard_selection()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));
        await TypeAsync(probe.Page, "incident");
        await probe.Page.Keyboard.PressAsync("ArrowDown");
        await probe.Page.Keyboard.PressAsync("ArrowDown");

        // Deliver the text shard again, as a slow disk would deliver it after the key presses.
        await probe.Page.EvaluateAsync("""
            new Promise(done => {
              const script = document.createElement('script');
              script.src = 'assets/search/text-0.js';
              script.onload = done;
              document.head.appendChild(script);
            })
            """);

        Assert.Equal("result-1", await probe.Page.Locator("#search-input").GetAttributeAsync("aria-activedescendant"));
        Assert.Equal(1, await probe.Page.Locator("#search-results .result.active").CountAsync());
    }

    [BrowserFact]
    public async Task Filters_narrow_results_and_live_in_the_url()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        await probe.Page.Locator("input[data-facet='l'][value='staff']").CheckAsync();
        var staff = await ResultTitlesAsync(probe.Page);
        Assert.Equal(2, staff.Count);
        Assert.Contains("l=staff", probe.Page.Url);

        await probe.Page.Locator("input[data-facet='c'][value='influence']").CheckAsync();
        await TypeAsync(probe.Page, "callers");
        var narrowed = await ResultTitlesAsync(probe.Page);
        Assert.Equal(["Retiring the legacy auth API that fourteen teams still called"], narrowed);

        var bookmark = probe.Page.Url;
        Assert.Contains("q=callers", bookmark);
        await using var second = await PageProbe.OpenAsync(fixture.Browser);
        await second.Page.GotoAsync(bookmark);
        Assert.Equal(narrowed, await ResultTitlesAsync(second.Page));
        Assert.True(await second.Page.Locator("input[data-facet='l'][value='staff']").IsCheckedAsync());
        Assert.Equal("callers", await second.Page.Locator("#search-input").InputValueAsync());
    }

    [BrowserFact]
    public async Task Slash_focuses_search_and_the_header_box_opens_the_search_page()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("stories/mentoring-new-grad.html", served: false));

        await probe.Page.Keyboard.PressAsync("/");
        Assert.Equal("header-search-input", await probe.Page.EvaluateAsync<string>("document.activeElement.id"));
        await probe.Page.Keyboard.TypeAsync("pager");
        await probe.Page.Keyboard.PressAsync("Enter");

        await probe.WaitForUrlAsync(url => url.EndsWith("/search.html#q=pager", StringComparison.Ordinal));
        Assert.Equal("Taming the pager for my team's on-call", (await ResultTitlesAsync(probe.Page))[0]);
    }

    [BrowserFact]
    public async Task Inflected_words_find_their_stories()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        foreach (var word in new[] { "deploys", "outages", "migrations", "rollbacks", "paging" })
        {
            Assert.True((await TypeAsync(probe.Page, word)).Count > 0, word);
        }
        Assert.Contains("Migrating the orders table to 64-bit ids with no downtime", await TypeAsync(probe.Page, "migratio"));
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Slash_on_the_search_page_is_not_typed_into_the_focused_box()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        await probe.Page.Keyboard.PressAsync("/");
        await probe.Page.Keyboard.TypeAsync("pool");

        Assert.Equal("pool", await probe.Page.Locator("#search-input").InputValueAsync());
    }

    [BrowserFact]
    public async Task Header_box_lists_results_as_you_type()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("stories/mentoring-new-grad.html", served: false));

        await probe.Page.Locator("#header-search-input").PressSequentiallyAsync("pager");
        await probe.Page.WaitForSelectorAsync("#header-results .result-title");

        Assert.Equal("Taming the pager for my team's on-call", (await probe.Page.Locator("#header-results .result-title").First.TextContentAsync())!.Trim());
        Assert.Equal("true", await probe.Page.Locator("#header-search-input").GetAttributeAsync("aria-expanded"));
        await probe.Page.Keyboard.PressAsync("ArrowDown");
        await probe.Page.Keyboard.PressAsync("Enter");
        await probe.WaitForUrlAsync(url => url.Contains("/stories/noisy-alerts-oncall.html", StringComparison.Ordinal));
        Assert.Empty(probe.Errors);
    }

    [BrowserFact]
    public async Task Filters_that_would_match_nothing_are_left_out()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        await TypeAsync(probe.Page, "idempotency");

        var visible = await probe.Page.Locator(".facet:visible").CountAsync();
        var all = await probe.Page.Locator(".facet").CountAsync();
        Assert.InRange(visible, 1, 8);
        Assert.True(all > 20);
        Assert.Equal(0, await probe.Page.Locator(".facet:visible .facet-count:text-is('0')").CountAsync());
    }

    [BrowserFact]
    public async Task No_match_says_so()
    {
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(Url("search.html", served: false));

        Assert.Empty(await TypeAsync(probe.Page, "kubernetesxyz"));
        Assert.StartsWith("No story matches", await probe.Page.Locator("#search-status").TextContentAsync());
    }

    [BrowserFact]
    public async Task Every_page_stays_inside_the_site_with_no_console_errors()
    {
        foreach (var served in new[] { false, true })
        {
            await using var probe = await PageProbe.OpenAsync(fixture.Browser);
            foreach (var page in served ? Integration.SiteChecks.Pages(fixture.Site) : Integration.SiteChecks.OfflinePages(fixture.Site))
            {
                await probe.Page.GotoAsync(Url(page, served));
            }
            await probe.Page.GotoAsync(Url("search.html", served) + "#q=rollback&l=senior");
            await probe.Page.WaitForSelectorAsync("#search-results .result-snippet .label");

            Assert.Empty(probe.RequestsOutside(SiteRoot(served)));
            Assert.Empty(probe.Errors);
        }
    }
}

[Collection(BrowserCollection.Name)]
public class LargeHandbookSearchTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Long_result_lists_are_drawn_a_page_at_a_time()
    {
        using var dir = new TempDirectory();
        Handbook.Corpus.CorpusGenerator.Write(dir.Combine("input"), count: 60, seed: 7);
        var built = Handbook.Pipeline.HandbookPipeline.Build(new Handbook.Pipeline.BuildOptions
        {
            InputDirectory = dir.Combine("input"), OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        });
        Assert.True(built.Published);
        Assert.Equal(2, Directory.GetFiles(dir.Combine("site", "assets", "search")).Length);

        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(new Uri(dir.Combine("site", "search.html")).AbsoluteUri);
        Assert.Equal(20, await probe.Page.Locator("#search-results .result").CountAsync());
        Assert.Contains("60 stories", await probe.Page.Locator("#search-status").TextContentAsync());

        await probe.Page.Locator(".more-results").ClickAsync();
        Assert.Equal(40, await probe.Page.Locator("#search-results .result").CountAsync());

        await probe.Page.Locator("#search-input").PressSequentiallyAsync("p99");
        await probe.Page.WaitForSelectorAsync("#search-results .result-snippet .label");
        Assert.Equal(20, await probe.Page.Locator("#search-results .result").CountAsync());
        Assert.Empty(probe.Errors);
    }
}

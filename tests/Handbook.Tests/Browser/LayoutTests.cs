using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

/// <summary>
/// Every page type, opened from disk at a phone's and a desktop's width in light and dark: nothing scrolls
/// sideways, no box cuts off its content, and axe-core finds no accessibility violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LayoutTests(BrowserFixture fixture)
{
    /// <summary>One page of each type, named for the test report, with what to do before measuring.</summary>
    public static readonly IReadOnlyDictionary<string, string> PageTypes = new Dictionary<string, string>
    {
        ["home"] = "index.html",
        ["story"] = "stories/checkout-outage-connection-pool.html",
        ["term"] = "patterns/production-incident.html",
        ["axis"] = "competencies/index.html",
        ["questions"] = "questions.html",
        ["search-results"] = "search.html#q=migration",
        ["search-empty"] = "search.html",
        ["header-search"] = "stories/mentoring-new-grad.html",
        ["cheatsheet"] = "cheatsheet.html",
        ["coverage"] = "coverage.html",
        ["practice"] = "practice.html",
        ["not-found"] = "404.html",
        ["target"] = "targets/lantern-freight.html",
    };

    public static TheoryData<string, int, string> Matrix()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in PageTypes.Keys)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                foreach (var scheme in new[] { "light", "dark" }) data.Add(page, width, scheme);
            }
        }
        return data;
    }

    // Boxes that clip or scroll, and elements that stick out of the viewport. A box meant to scroll sideways
    // (a wide table's scroller, code, a form field) may; anything inside one is measured against it instead.
    private const string LayoutProblems = """
        (() => {
          const problems = [];
          const width = document.documentElement.clientWidth;
          const scrollers = '.table-scroll, pre, textarea, input, select';
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
            (el.classList.length ? '.' + [...el.classList].join('.') : '');
          if (document.documentElement.scrollWidth > width + 1) {
            problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
          }
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('.visually-hidden, [hidden], script, style, noscript')) continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility === 'hidden' || style.display === 'contents') continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            const intended = el.matches(scrollers);
            if (!intended && (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)) {
              problems.push(`${name(el)} cuts off its content sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
            }
            if (!intended && (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)) {
              problems.push(`${name(el)} cuts off its content (${el.scrollHeight}px tall in ${el.clientHeight}px)`);
            }
            if (el.parentElement && el.parentElement.closest(scrollers)) continue;
            if (box.right > width + 1 || box.left < -1) {
              problems.push(`${name(el)} sticks out of the window (${Math.round(box.left)} to ${Math.round(box.right)} of ${width}px)`);
            }
          }
          return [...new Set(problems)].slice(0, 20);
        })()
        """;

    private async Task<PageProbe> OpenAsync(string pageType, int width, string scheme)
    {
        var probe = await PageProbe.OpenAsync(fixture.Browser, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var (page, fragment) = PageTypes[pageType].Split('#') is [var p, var f] ? (p, "#" + f) : (PageTypes[pageType], "");
        await probe.Page.GotoAsync(fixture.FileUrl(page) + fragment);
        await probe.Page.WaitForFunctionAsync("document.readyState === 'complete'");
        if (pageType == "search-results")
        {
            await probe.Page.WaitForSelectorAsync("#search-results .result");
        }
        else if (pageType == "header-search")
        {
            // Results listed under the header box as you type; on a phone the box is behind the Menu button.
            if (await probe.Page.Locator(".menu-toggle").IsVisibleAsync()) await probe.Page.ClickAsync(".menu-toggle");
            await probe.Page.Locator("#header-search-input").PressSequentiallyAsync("pool");
            await probe.Page.WaitForSelectorAsync("#header-results .result");
        }
        else if (pageType == "practice")
        {
            // Measured with a question drawn and its stories revealed: the fullest state of the page.
            await probe.Page.ClickAsync("#next-question");
            await probe.Page.ClickAsync("#reveal");
            await probe.Page.WaitForSelectorAsync("#reveal-panel:not([hidden])");
        }
        return probe;
    }

    /// <summary>Most of a phone's screen the site header may take with its menu closed.</summary>
    private const double MaxHeaderShare = 0.10;

    [AxeTheory]
    [MemberData(nameof(Matrix))]
    public async Task Page_fits_the_window_clips_nothing_and_passes_axe(string pageType, int width, string scheme)
    {
        await using var probe = await OpenAsync(pageType, width, scheme);

        var problems = await probe.Page.EvaluateAsync<string[]>(LayoutProblems);
        Assert.True(problems.Length == 0, $"{pageType} at {width}px, {scheme}:\n" + string.Join("\n", problems));

        if (pageType != "header-search") // there the phone menu is open on purpose
        {
            var header = await probe.Page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().height");
            Assert.True(header <= MaxHeaderShare * 844, $"{pageType} at {width}px: the header is {header}px tall");
        }

        Assert.Empty(probe.Errors); // the page's own; axe's attempts to read stylesheets from file:// are not the site's
        await probe.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe.ScriptPath });
        var violations = await probe.Page.EvaluateAsync<string[]>("""
            (async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}; ` +
                v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
            })()
            """);
        Assert.True(violations.Length == 0, $"{pageType} at {width}px, {scheme}:\n" + string.Join("\n", violations));
    }
}

using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

/// <summary>
/// A browser page that records every request and every console error, so a test can assert that the site
/// stayed inside its own folder and logged nothing wrong.
/// </summary>
internal sealed class PageProbe : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];

    private PageProbe(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
        page.Console += (_, message) => { if (message.Type == "error") lock (_errors) _errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
    }

    public IPage Page { get; }

    public static async Task<PageProbe> OpenAsync(IBrowser browser, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(10_000);
        return new PageProbe(context, await context.NewPageAsync());
    }

    /// <summary>Time to wait for a navigation.</summary>
    public static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="wanted"/>, then for its document to be loaded.
    /// Polls rather than listening for the navigation, which may already have finished.
    /// </summary>
    public async Task WaitForUrlAsync(Func<string, bool> wanted)
    {
        var deadline = DateTime.UtcNow + NavigationTimeout;
        while (!wanted(Page.Url))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The page stayed at {Page.Url}.");
            await Task.Delay(25);
        }
        // Polls the document too: a script that replaces the address (search turns ?q= into #q=) starts a second
        // navigation, and the load event of the one waited for may never be seen.
        await Page.WaitForFunctionAsync("document.readyState === 'complete'", null,
            new PageWaitForFunctionOptions { Timeout = (float)NavigationTimeout.TotalMilliseconds, PollingInterval = 25 });
    }

    /// <summary>Requests that did not go to an address starting with <paramref name="siteRoot"/>.</summary>
    public IReadOnlyList<string> RequestsOutside(string siteRoot)
    {
        lock (_requests) return _requests.Where(url => !url.StartsWith(siteRoot, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Console errors and uncaught exceptions seen so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return _errors.ToList(); }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

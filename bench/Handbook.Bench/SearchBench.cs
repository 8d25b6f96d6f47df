using Handbook.Corpus;
using Handbook.Pipeline;
using Microsoft.Playwright;

namespace Handbook.Bench;

/// <summary>
/// Builds a synthetic handbook, opens its search page from disk in Chromium and types queries one key at a
/// time. For each keystroke it records the time from the key event to the moment the result list has been
/// laid out (measured inside the page), and it reports the size of the search index.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Queries =
    [
        "connection pool", "retry storms", "postgres", "p99", "circuit breaker", "idempotency keys", "cache stampede",
        "sharded", "replicas", "checkout", "garbage collection", "rollout flag", "vendor", "kafka backlog", "zzzz",
    ];

    // Registered after search.js's own listener, so it runs once the results are rendered; reading the layout
    // forces style and layout, so the figure includes them.
    private const string Probe = """
        window.__latencies = [];
        document.getElementById('search-input').addEventListener('input', function (event) {
          document.getElementById('search-results').getBoundingClientRect();
          window.__latencies.push(performance.now() - event.timeStamp);
          (window.__log = window.__log || []).push(event.target.value + '=' + (performance.now() - event.timeStamp).toFixed(1));
        });
        """;

    public static async Task<int> RunAsync(Arguments args)
    {
        var count = args.Int("count", 1000);
        var root = Path.Combine(Path.GetTempPath(), $"handbook-search-bench-{count}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        CorpusGenerator.Write(Path.Combine(root, "input"), count, args.Int("seed", 1));
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            OutputDirectory = Path.Combine(root, "output"),
            WorkingDirectory = root,
            ThemeDirectory = Path.GetFullPath(args.Text("theme", ThemeLocator.Default(Directory.GetCurrentDirectory()))),
        });
        if (!result.Published)
        {
            Console.Error.WriteLine($"The synthetic handbook did not build: {result.Diagnostics.FirstOrDefault()?.Format()}");
            return 1;
        }

        var output = Path.Combine(root, "output");
        var index = new FileInfo(Path.Combine(output, "assets", "search-index.js")).Length;
        var shards = Directory.GetFiles(Path.Combine(output, "assets", "search")).Select(f => new FileInfo(f).Length).ToList();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = args.Text("chromium", "/usr/bin/chromium"),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(output, "search.html")).AbsoluteUri);
        await page.EvaluateAsync(Probe);

        if (args.Named.ContainsKey("profile"))
        {
            // Time the ranking function alone, without rendering, to see where a keystroke's time goes.
            var profile = await page.EvaluateAsync<string>("""
                (() => {
                  const f = { l: new Set(), c: new Set(), p: new Set() };
                  const out = [];
                  for (const q of ['', 'co', 'con', 'connection', 'connection pool', 'p9', 'p99', 're', 'retry', 'postgres', 'zz']) {
                    const t0 = performance.now();
                    for (let i = 0; i < 20; i++) HandbookSearch.search(q, f);
                    out.push(JSON.stringify(q) + ' ' + ((performance.now() - t0) / 20).toFixed(2) + ' ms');
                  }
                  return out.join('; ');
                })()
                """);
            Console.WriteLine($"search() alone: {profile}");
        }

        // Burst: keys as fast as the driver sends them, so each keystroke also waits for the previous one's
        // layout and paint. Typed: a key every 80 ms, a fast typist (about 150 words a minute).
        var burst = await TypeQueriesAsync(page, delay: 0);
        var typed = await TypeQueriesAsync(page, delay: 80);

        if (args.Named.ContainsKey("profile")) Console.WriteLine("per keystroke: " + string.Join(", ", await page.EvaluateAsync<string[]>("window.__log")));
        Console.WriteLine($"stories: {count}");
        Console.WriteLine($"search index: {index / 1024.0:0.0} KiB ({index} bytes); text shards: {shards.Count} files, {shards.Sum() / 1024.0:0.0} KiB in all, largest {shards.Max() / 1024.0:0.0} KiB");
        Report("burst typing", burst);
        Report("typed (80 ms a key)", typed);
        return 0;
    }

    private static async Task<List<double>> TypeQueriesAsync(IPage page, int delay)
    {
        var latencies = new List<double>();
        foreach (var query in Queries)
        {
            await page.FillAsync("#search-input", "");
            await page.EvaluateAsync("window.__latencies = []");
            await page.Locator("#search-input").PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = delay });
            await page.WaitForFunctionAsync($"window.__latencies.length >= {query.Length}");
            latencies.AddRange(await page.EvaluateAsync<double[]>("window.__latencies"));
        }
        return latencies;
    }

    private static void Report(string how, IReadOnlyList<double> latencies) =>
        Console.WriteLine($"{how}: {latencies.Count} keystrokes; keystroke to rendered results: median {Statistics.Median(latencies):0.00} ms, " +
            $"p95 {Statistics.Percentile(latencies, 95):0.00} ms, max {latencies.Max():0.00} ms");
}

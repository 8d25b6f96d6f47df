using System.Diagnostics;
using Handbook.Cli.Serving;
using Handbook.Corpus;
using Handbook.Pipeline;

namespace Handbook.Bench;

/// <summary>
/// Starts <c>serve</c> on a synthetic handbook, listens to its event stream like a page does, and times each
/// edit of one story from the file write to the reload event (debounce and rebuild included).
/// </summary>
internal static class ServeBench
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var count = args.Int("count", 1000);
        var edits = args.Int("edits", 10);
        var root = Path.Combine(Path.GetTempPath(), $"handbook-serve-bench-{count}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var stories = CorpusGenerator.Write(Path.Combine(root, "input"), count, args.Int("seed", 1));
        var builds = new List<double>();
        BuildResult? last = null;
        await using var server = await DevServer.StartAsync(new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            ThemeDirectory = Path.GetFullPath(args.Text("theme", "theme")),
            WorkingDirectory = root,
        }, port: 0, onBuilt: (result, took) => { lock (builds) { builds.Add(took.TotalMilliseconds); last = result; } });

        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        using var events = new StreamReader(await http.GetStreamAsync(DevServer.EventsPath));
        await NextAsync(events, "state");

        var latencies = new List<double>();
        var story = stories[count / 2];
        var original = await File.ReadAllTextAsync(story);
        for (var i = 0; i < edits; i++)
        {
            // Like a person: the next save comes after the last rebuild has finished, not during it.
            await WaitForBuildsAsync(builds, i + 1);
            await Task.Delay(Pause);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(story, original.Replace("title: \"", $"title: \"Edit {i}: "));
            await NextAsync(events, "reload");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        await WaitForBuildsAsync(builds, edits + 1);
        var rebuilds = builds.Skip(1).ToList();
        Console.WriteLine($"stories: {count}; edits: {edits}; first (cold) build {builds[0]:0} ms");
        Console.WriteLine($"saved edit to reload event: median {Statistics.Median(latencies):0} ms, max {latencies.Max():0} ms " +
            $"(debounce {DevServer.Debounce.TotalMilliseconds:0} ms); rebuild alone: median {Statistics.Median(rebuilds):0} ms");
        Console.WriteLine("last rebuild by stage: " + string.Join(", ", last!.Stages.Select(st => $"{st.Stage} {st.Time.TotalMilliseconds:0} ms")));
        return 0;
    }

    /// <summary>The pause between a finished rebuild and the next save.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private static async Task WaitForBuildsAsync(List<double> builds, int count)
    {
        while (true)
        {
            lock (builds)
            {
                if (builds.Count >= count) return;
            }
            await Task.Delay(5);
        }
    }

    private static async Task NextAsync(StreamReader events, string name)
    {
        string? current = null;
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) current = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name) return;
        }
        throw new InvalidOperationException("The event stream ended.");
    }
}

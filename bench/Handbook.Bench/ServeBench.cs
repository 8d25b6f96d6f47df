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
        var tool = args.Text("tool", "");
        if (tool.Length > 0) return await RunToolAsync(Path.GetFullPath(tool), root, stories, count, edits);
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

        // The first build counted is the cold one.
        var latencies = await EditAsync(events, stories[count / 2], edits, i => WaitForBuildsAsync(builds, i + 1));
        await WaitForBuildsAsync(builds, edits + 1);
        var rebuilds = builds.Skip(1).ToList();
        Console.WriteLine($"stories: {count}; edits: {edits}; first (cold) build {builds[0]:0} ms");
        Console.WriteLine($"saved edit to reload event: median {Statistics.Median(latencies):0} ms, max {latencies.Max():0} ms " +
            $"(debounce {DevServer.Debounce.TotalMilliseconds:0} ms); rebuild alone: median {Statistics.Median(rebuilds):0} ms");
        Console.WriteLine("last rebuild by stage: " + string.Join(", ", last!.Stages.Select(st => $"{st.Stage} {st.Time.TotalMilliseconds:0} ms")));
        return 0;
    }

    /// <summary>
    /// The same measure with the published tool (<c>--tool PATH</c>) as its own process, as a person runs it: the
    /// event stream is read over HTTP, and each rebuild's time from the tool's "Rebuilt in N ms." line.
    /// </summary>
    private static async Task<int> RunToolAsync(string tool, string root, IReadOnlyList<string> stories, int count, int edits)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(tool) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "serve", "--input", "input", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var builds = new List<double>();
        var ready = new TaskCompletionSource();
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            if (line.StartsWith("Serving ", StringComparison.Ordinal)) ready.TrySetResult();
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^Rebuilt in (\d+) ms\.");
            if (match.Success) lock (builds) builds.Add(double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(5));
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
            using var events = new StreamReader(await http.GetStreamAsync(DevServer.EventsPath));
            await NextAsync(events, "state");
            // The tool prints no line for its first build, so only rebuilds are counted.
            var latencies = await EditAsync(events, stories[count / 2], edits, i => WaitForBuildsAsync(builds, i));
            await WaitForBuildsAsync(builds, edits);
            Console.WriteLine($"stories: {count}; edits: {edits}; tool {tool}");
            Console.WriteLine($"saved edit to reload event: median {Statistics.Median(latencies):0} ms, max {latencies.Max():0} ms " +
                $"(debounce {DevServer.Debounce.TotalMilliseconds:0} ms); rebuild alone: median {Statistics.Median(builds):0} ms");
            return 0;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Edits <paramref name="story"/>'s title <paramref name="edits"/> times and returns each edit's time from the
    /// write to the reload event. Like a person, the next save comes after the last rebuild has finished
    /// (<paramref name="builtBefore"/>, given the edit's number), and a pause after it.
    /// </summary>
    private static async Task<List<double>> EditAsync(StreamReader events, string story, int edits, Func<int, Task> builtBefore)
    {
        var latencies = new List<double>();
        var original = await File.ReadAllTextAsync(story);
        for (var i = 0; i < edits; i++)
        {
            await builtBefore(i);
            await Task.Delay(Pause);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(story, original.Replace("title: \"", $"title: \"Edit {i}: "));
            await NextAsync(events, "reload");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        return latencies;
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

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Handbook.Corpus;

namespace Handbook.Bench;

/// <summary>
/// Whole-process cold builds of the published tool: for each size, a synthetic handbook is generated (same seed) and
/// built several times, each time by a new process into a clean output folder. When <c>hugo</c> is on PATH, the same
/// Markdown is also built by Hugo (see <see cref="HugoSite"/>), alternating with Handbook run by run so that both see
/// the same machine, and the medians and their ratio are printed as a Markdown table.
/// </summary>
internal static partial class BuildBench
{
    [GeneratedRegex(@"total (\d+) ms; peak memory (\d+) MiB")]
    private static partial Regex VerboseLine();

    [GeneratedRegex(@"JIT (\d+) ms \((\d+) methods\)")]
    private static partial Regex JitPart();

    public static int Run(Arguments args)
    {
        var sizes = args.Text("sizes", "10,100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var runs = args.Int("runs", 5);
        var tool = args.Text("tool", "");
        if (tool.Length == 0 || !File.Exists(tool))
        {
            Console.Error.WriteLine("build: pass --tool with the published handbook executable (see the README, Performance).");
            return 2;
        }
        var hugo = args.Text("hugo", "auto") switch
        {
            "off" => null,
            "auto" => FindOnPath("hugo"),
            var path => File.Exists(path) ? path : null,
        };
        var theme = Path.GetFullPath(args.Text("theme", "theme"));
        Console.WriteLine($"tool: {tool}; hugo: {(hugo is null ? "not found (comparison skipped)" : Version(hugo))}; cold runs per size: {runs}, alternating");
        var rows = new List<string>();
        foreach (var size in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), $"handbook-build-bench-{size}");
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            var input = Path.Combine(root, "input");
            CorpusGenerator.Write(input, size, args.Int("seed", 1));
            var site = Path.Combine(root, "hugo");
            if (hugo is not null) HugoSite.Write(input, site);
            var walls = new List<double>();
            var totals = new List<double>();
            var peaks = new List<double>();
            var jits = new List<double>();
            var hugoWalls = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                // Alternate who goes first, so neither always inherits the other's warm page cache.
                var hugoFirst = run % 2 == 1;
                if (hugo is not null && hugoFirst) hugoWalls.Add(TimeHugo(hugo, site));
                var output = Path.Combine(root, "output");
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                var (wall, exit, text) = Time(tool, root, "build", "--input", "input", "--output", "output", "--theme", theme, "--quiet", "--verbose");
                var match = VerboseLine().Match(text);
                if (exit != 0 || !match.Success)
                {
                    Console.Error.WriteLine($"build of {size} stories failed (exit {exit}): {text}");
                    return 1;
                }
                walls.Add(wall);
                totals.Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                peaks.Add(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
                if (JitPart().Match(text) is { Success: true } jit) jits.Add(double.Parse(jit.Groups[2].Value, CultureInfo.InvariantCulture));
                if (hugo is not null && !hugoFirst) hugoWalls.Add(TimeHugo(hugo, site));
            }
            var median = Statistics.Median(walls);
            Console.WriteLine($"{size} stories: Handbook median {median / 1000:0.000} s (in-process {Statistics.Median(totals):0} ms, peak {peaks.Max():0} MiB, " +
                $"{(jits.Count > 0 ? Statistics.Median(jits) : double.NaN):0} methods JIT'd)" +
                (hugo is null ? "" : $"; Hugo median {Statistics.Median(hugoWalls) / 1000:0.000} s"));
            var stories = size.ToString("N0", CultureInfo.InvariantCulture);
            rows.Add(hugo is null
                ? $"| {stories} | {median / 1000:0.00} s | {peaks.Max():0} MiB |"
                : $"| {stories} | {median / 1000:0.00} s | {Statistics.Median(hugoWalls) / 1000:0.00} s | {median / Statistics.Median(hugoWalls):0.00}x | {peaks.Max():0} MiB |");
        }
        Console.WriteLine();
        Console.WriteLine(hugo is null ? "| stories | Handbook | peak memory |" : "| stories | Handbook | Hugo | ratio | Handbook peak memory |");
        Console.WriteLine(hugo is null ? "|---|---|---|" : "|---|---|---|---|---|");
        foreach (var row in rows) Console.WriteLine(row);
        return 0;
    }

    /// <summary>One cold Hugo build into a clean folder; returns the wall clock in milliseconds.</summary>
    private static double TimeHugo(string hugo, string site)
    {
        foreach (var folder in new[] { "public", "resources" })
            if (Directory.Exists(Path.Combine(site, folder))) Directory.Delete(Path.Combine(site, folder), recursive: true);
        var (wall, exit, text) = Time(hugo, site, "--quiet", "--destination", "public");
        if (exit != 0) throw new InvalidOperationException($"hugo failed (exit {exit}): {text}");
        return wall;
    }

    private static (double Milliseconds, int Exit, string Output) Time(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        return (clock.Elapsed.TotalMilliseconds, process.ExitCode, output + error.Result);
    }

    private static string Version(string hugo)
    {
        var (_, _, text) = Time(hugo, Directory.GetCurrentDirectory(), "version");
        return text.Trim();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}

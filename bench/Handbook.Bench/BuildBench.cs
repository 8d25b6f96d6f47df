using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Handbook.Corpus;

namespace Handbook.Bench;

/// <summary>
/// Whole-process builds of the published tool: for each size, a synthetic handbook is generated (same seed),
/// then built several times from a cold process. Reports the median wall clock, the median of the build's own
/// stage total, and the peak memory the process saw (its own peak working set, printed by --verbose).
/// </summary>
internal static partial class BuildBench
{
    [GeneratedRegex(@"total (\d+) ms; peak memory (\d+) MiB")]
    private static partial Regex VerboseLine();

    public static int Run(Arguments args)
    {
        var sizes = args.Text("sizes", "100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var runs = args.Int("runs", 5);
        var tool = args.Text("tool", "");
        if (tool.Length == 0 || !File.Exists(tool))
        {
            Console.Error.WriteLine("build: pass --tool with the published handbook executable (see the README, Performance).");
            return 2;
        }
        var theme = Path.GetFullPath(args.Text("theme", "theme"));
        Console.WriteLine($"tool: {tool}; runs per size: {runs}");
        Console.WriteLine("stories | wall clock (median) | in-process total (median) | peak memory (max) | per story");
        foreach (var size in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), $"handbook-build-bench-{size}");
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            CorpusGenerator.Write(Path.Combine(root, "input"), size, args.Int("seed", 1));
            var walls = new List<double>();
            var totals = new List<double>();
            var peaks = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
                foreach (var arg in new[] { "build", "--input", "input", "--output", "output", "--theme", theme, "--quiet", "--verbose" }) start.ArgumentList.Add(arg);
                var clock = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                clock.Stop();
                var match = VerboseLine().Match(output);
                if (process.ExitCode != 0 || !match.Success)
                {
                    Console.Error.WriteLine($"build of {size} stories failed (exit {process.ExitCode}): {output}{process.StandardError.ReadToEnd()}");
                    return 1;
                }
                walls.Add(clock.Elapsed.TotalMilliseconds);
                totals.Add(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                peaks.Add(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            }
            var wall = Statistics.Median(walls);
            Console.WriteLine($"{size,7} | {wall,12:0} ms | {Statistics.Median(totals),12:0} ms | {peaks.Max(),8:0} MiB | {wall / size:0.00} ms");
        }
        return 0;
    }
}

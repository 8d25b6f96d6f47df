using Handbook.Diagnostics;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli.Output;

/// <summary>
/// Prints diagnostics compiler style and a one-line summary. Diagnostic lines go straight to the output
/// writer, never through Spectre's layout, so they are never wrapped: editors and CI parse them per line.
/// </summary>
internal sealed class Reporter(IAnsiConsole console, string workingDirectory, bool quiet)
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Reset = "\u001b[0m";

    private bool Colour => console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;

    /// <summary>Prints every diagnostic (warnings too, unless quiet), then the summary line.</summary>
    public void Diagnostics(BuildResult result)
    {
        var writer = console.Profile.Out.Writer;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (quiet && !diagnostic.IsError) continue;
            var line = diagnostic.Format(workingDirectory);
            var word = diagnostic.Severity.ToName();
            var at = line.IndexOf($": {word} ", StringComparison.Ordinal);
            if (Colour && at >= 0)
            {
                var colour = diagnostic.IsError ? Red : Yellow;
                line = $"{line[..(at + 2)]}{colour}{word}{Reset}{line[(at + 2 + word.Length)..]}";
            }
            writer.WriteLine(line);
        }
        if (!quiet || result.ErrorCount > 0) writer.WriteLine(Summary(result));
        writer.Flush();
    }

    /// <summary>"2 errors, 1 warning in 14 stories".</summary>
    public static string Summary(BuildResult result) =>
        $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")} in {Count(result.StoryCount, "story", "stories")}";

    /// <summary>The time each stage took.</summary>
    public void Stages(BuildResult result)
    {
        var parts = result.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds:0} ms ({s.AllocatedBytes / (1024 * 1024)} MiB allocated)");
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        if (result.Written is { } written) console.Profile.Out.Writer.WriteLine($"Files: {written.Written} written, {written.Unchanged} unchanged (linked from the previous site).");
        console.Profile.Out.Writer.WriteLine($"Stages: {string.Join(", ", parts)}; total {result.Elapsed.TotalMilliseconds:0} ms; peak memory {process.PeakWorkingSet64 / (1024 * 1024)} MiB; CPU {process.TotalProcessorTime.TotalMilliseconds:0} ms; GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms ({GC.CollectionCount(0)} collections); JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods).");
    }

    /// <summary>The summary table shown on a terminal after a build.</summary>
    public void Table(BuildResult result, string output)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Stories", "Pages", "Warnings", "Errors", "Time", "Output");
        table.AddRow(
            result.Index?.Stories.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0",
            result.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            result.WarningCount > 0 ? $"[yellow]{result.WarningCount}[/]" : "0",
            result.ErrorCount > 0 ? $"[red]{result.ErrorCount}[/]" : "0",
            $"{result.Elapsed.TotalSeconds:0.00} s",
            Markup.Escape(output + "/"));
        console.Write(table);
    }

    /// <summary>Prints a success line.</summary>
    public void Success(string text)
    {
        if (!quiet) console.MarkupLine($"[green]{Markup.Escape(text)}[/]");
    }

    /// <summary>Prints a plain line of information (not a diagnostic), unless quiet.</summary>
    public void Note(string text)
    {
        if (!quiet) console.Profile.Out.Writer.WriteLine(text);
    }

    /// <summary>Says that the link check of the rendered site was skipped for size, and how to run it.</summary>
    public void LinkCheckSkipped(BuildResult result)
    {
        if (!result.LinkCheckSkipped) return;
        Note($"Links of the rendered site were not checked: {Count(result.Index?.Stories.Count ?? 0, "story", "stories")} is over broken-link's " +
            $"maxStories ({Validation.Rules.BrokenLinkRule.MaxStories(result.Config)}). Run `handbook build --check-links` (in CI, for example) to check them.");
    }

    /// <summary>"1 story", "2 stories".</summary>
    public static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}

using Handbook.Diagnostics;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli.Output;

/// <summary>Prints diagnostics compiler style and a one-line summary; colour only where the terminal has it.</summary>
internal sealed class Reporter(IAnsiConsole console, string workingDirectory, bool quiet)
{
    /// <summary>Prints every diagnostic (warnings too, unless quiet), then the summary line.</summary>
    public void Diagnostics(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (quiet && !diagnostic.IsError) continue;
            var line = Markup.Escape(diagnostic.Format(workingDirectory));
            var word = diagnostic.Severity.ToName();
            var colour = diagnostic.IsError ? "red" : "yellow";
            var at = line.IndexOf($": {word} ", StringComparison.Ordinal);
            console.MarkupLine(at < 0 ? line : $"{line[..(at + 2)]}[{colour}]{word}[/]{line[(at + 2 + word.Length)..]}");
        }
        if (!quiet || result.ErrorCount > 0) console.WriteLine(Summary(result));
    }

    /// <summary>"2 errors, 1 warning in 14 stories".</summary>
    public static string Summary(BuildResult result) =>
        $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")} in {Count(result.StoryCount, "story", "stories")}";

    /// <summary>Prints a success line.</summary>
    public void Success(string text)
    {
        if (!quiet) console.MarkupLine($"[green]{Markup.Escape(text)}[/]");
    }

    /// <summary>"1 story", "2 stories".</summary>
    public static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}

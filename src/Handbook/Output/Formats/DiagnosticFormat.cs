using Handbook.Pipeline;
using Handbook.Validation;

namespace Handbook.Cli.Output.Formats;

/// <summary>One way of writing a check's diagnostics for a machine (or a person) to read.</summary>
internal abstract class DiagnosticFormat
{
    /// <summary>The name given to <c>--format</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Writes every diagnostic of <paramref name="result"/>.</summary>
    /// <param name="result">The check's result.</param>
    /// <param name="rules">The rules that ran, for formats that describe them.</param>
    /// <param name="workingDirectory">Paths are written relative to it.</param>
    /// <param name="writer">Where to write.</param>
    public abstract void Write(BuildResult result, RuleSet rules, string workingDirectory, TextWriter writer);

    /// <summary>Every format, by name.</summary>
    public static IReadOnlyList<DiagnosticFormat> All { get; } = [new TextFormat(), new JsonFormat(), new SarifFormat(), new GitHubFormat()];

    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static string[] Names => All.Select(f => f.Name).ToArray();
}

/// <summary>Compiler-style lines and a summary: what a person reads in a terminal.</summary>
internal sealed class TextFormat : DiagnosticFormat
{
    public override string Name => "text";

    public override void Write(BuildResult result, RuleSet rules, string workingDirectory, TextWriter writer)
    {
        foreach (var diagnostic in result.Diagnostics) writer.WriteLine(diagnostic.Format(workingDirectory));
        writer.WriteLine(Reporter.Summary(result));
    }
}

using Handbook.Diagnostics;

namespace Handbook.Cli.Output.Formats;

/// <summary>The one JSON shape of a diagnostic, shared by <c>check --format json</c> and <c>serve</c>'s overlay.</summary>
internal static class DiagnosticJson
{
    /// <summary>An object with file (relative to <paramref name="workingDirectory"/>), line, column, severity, rule, message and help.</summary>
    public static object Item(Diagnostic d, string workingDirectory) => new
    {
        file = Diagnostic.DisplayPath(d.Location.Path, workingDirectory),
        line = d.Location.Line,
        column = d.Location.Column,
        severity = d.Severity.ToName(),
        rule = d.RuleId,
        message = d.Message,
        help = d.Help,
    };
}

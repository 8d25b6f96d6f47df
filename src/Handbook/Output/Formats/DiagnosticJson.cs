using System.Text.Json.Nodes;
using Handbook.Diagnostics;

namespace Handbook.Cli.Output.Formats;

/// <summary>The one JSON shape of a diagnostic, shared by <c>check --format json</c> and <c>serve</c>'s overlay.</summary>
/// <remarks>
/// JSON nodes rather than serialized objects: the tool is compiled ahead of time, where serializing an anonymous
/// type by reflection is not available.
/// </remarks>
internal static class DiagnosticJson
{
    /// <summary>An object with file (relative to <paramref name="workingDirectory"/>), line, column, severity, rule, message and help.</summary>
    public static JsonObject Item(Diagnostic d, string workingDirectory) => new()
    {
        ["file"] = Diagnostic.DisplayPath(d.Location.Path, workingDirectory),
        ["line"] = d.Location.Line,
        ["column"] = d.Location.Column,
        ["severity"] = d.Severity.ToName(),
        ["rule"] = d.RuleId,
        ["message"] = d.Message,
        ["help"] = d.Help,
    };

    /// <summary>A JSON array of <paramref name="diagnostics"/>, each as <see cref="Item"/>.</summary>
    public static JsonArray Items(IEnumerable<Diagnostic> diagnostics, string workingDirectory) =>
        new(diagnostics.Select(d => (JsonNode?)Item(d, workingDirectory)).ToArray());
}

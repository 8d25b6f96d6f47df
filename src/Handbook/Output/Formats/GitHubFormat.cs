using Handbook.Diagnostics;
using Handbook.Pipeline;
using Handbook.Validation;

namespace Handbook.Cli.Output.Formats;

/// <summary>GitHub Actions workflow commands: <c>::error file=..,line=..,col=..,title=..::message</c>, one per line.</summary>
internal sealed class GitHubFormat : DiagnosticFormat
{
    public override string Name => "github";

    public override void Write(BuildResult result, RuleSet rules, string workingDirectory, TextWriter writer)
    {
        foreach (var d in result.Diagnostics)
        {
            var command = d.IsError ? "error" : "warning";
            var file = Property(Diagnostic.DisplayPath(d.Location.Path, workingDirectory));
            var message = Data(d.Help.Length > 0 ? $"{d.Message} Fix: {d.Help}" : d.Message);
            writer.WriteLine($"::{command} file={file},line={d.Location.Line},col={d.Location.Column},title={Property(d.RuleId)}::{message}");
        }
        writer.WriteLine(Reporter.Summary(result));
    }

    // Escaping the workflow-command syntax requires: % CR LF in data; also : and , in property values. Other control
    // characters from a user's file (ESC sequences, NEL, line separators) are written as \xHH escapes, as on the
    // terminal, so a value cannot restyle the log or start a line of its own.
    private static string Data(string text) =>
        PrintableText.Clean(text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A"));

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}

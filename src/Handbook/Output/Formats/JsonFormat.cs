using System.Text.Json;
using Handbook.Diagnostics;
using Handbook.Pipeline;
using Handbook.Validation;

namespace Handbook.Cli.Output.Formats;

/// <summary>A JSON array with one object per diagnostic.</summary>
internal sealed class JsonFormat : DiagnosticFormat
{
    // Written for a terminal or a file, not into HTML: backticks, quotes and non-ASCII letters stay as they are
    // ("`tradeoff:`", not "\u0060tradeoff:\u0060"); JSON's own escapes (\" and control characters) remain.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string Name => "json";

    public override void Write(BuildResult result, RuleSet rules, string workingDirectory, TextWriter writer)
    {
        writer.WriteLine(DiagnosticJson.Items(result.Diagnostics, workingDirectory).ToJsonString(Options));
    }
}

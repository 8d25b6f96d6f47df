using System.Text.Json;
using System.Text.Json.Nodes;
using Handbook.Diagnostics;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Validation;

namespace Handbook.Cli.Output.Formats;

/// <summary>
/// SARIF 2.1.0, the format code-scanning services accept: one run whose tool describes every rule, and one
/// result per diagnostic with its file (relative to the repository root) and region.
/// </summary>
internal sealed class SarifFormat : DiagnosticFormat
{
    /// <summary>The schema the log declares.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    // For a file or an upload, not HTML: backticks and quotes stay readable (see JsonFormat).
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Rules reported while reading (structure, YAML) are not classes in the rule set; describe them too.
    private static readonly (string Id, string Description)[] ReadingRules =
    [
        (RuleIds.YamlSyntax, "The front matter or a configuration file is not valid YAML."),
        (RuleIds.FrontMatter, "A story has no front matter, or it is never closed, or it is not a mapping."),
        (RuleIds.RequiredField, "A required front-matter field is missing or empty."),
        (RuleIds.InvalidFieldType, "A field holds the wrong kind of value."),
        (RuleIds.UnknownField, "A field the tool does not know, usually a typo."),
        (RuleIds.InvalidLevel, "The level is not mid, senior, staff or principal."),
        (RuleIds.DuplicateId, "A configuration list defines the same id twice."),
        (RuleIds.InvalidRule, "handbook.yml names an unknown rule or severity."),
        (RuleIds.Unreadable, "A file or folder could not be read."),
        (RuleIds.Theme, "A theme template or the theme's layouts folder is missing."),
        (RuleIds.Template, "A theme template does not parse or fails while it renders."),
        (RuleIds.BrokenLink, "A link points at a story that is not published."),
        (RuleIds.UnknownValue, "A round of a target loop names a value the target file does not define."),
        (Handbook.Targets.PracticeLog.RuleId, "input/practice.json, the exported practice log, cannot be read (it is ignored)."),
    ];

    public override string Name => "sarif";

    public override void Write(BuildResult result, RuleSet rules, string workingDirectory, TextWriter writer)
    {
        var described = rules.Rules
            .Select(r => (r.Id, r.Description, Level: Level(r.DefaultSeverity)))
            .Concat(ReadingRules.Where(x => rules.Rules.All(r => r.Id != x.Id)).Select(x => (x.Id, x.Description, Level: "error")))
            .ToList();
        var log = new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "Handbook",
                        ["rules"] = Array(described.Select(r => new JsonObject
                        {
                            ["id"] = r.Id,
                            ["name"] = r.Id,
                            ["shortDescription"] = new JsonObject { ["text"] = r.Description },
                            ["defaultConfiguration"] = new JsonObject { ["level"] = r.Level },
                        })),
                    },
                },
                ["originalUriBaseIds"] = new JsonObject
                {
                    ["%SRCROOT%"] = new JsonObject { ["uri"] = new Uri(Path.TrimEndingDirectorySeparator(workingDirectory) + "/").AbsoluteUri },
                },
                ["results"] = Array(result.Diagnostics.Select(d => new JsonObject
                {
                    ["ruleId"] = d.RuleId,
                    ["ruleIndex"] = described.FindIndex(r => r.Id == d.RuleId),
                    ["level"] = Level(d.Severity),
                    ["message"] = new JsonObject { ["text"] = d.Help.Length > 0 ? $"{d.Message} Fix: {d.Help}" : d.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = ArtifactLocation(Diagnostic.DisplayPath(d.Location.Path, workingDirectory)),
                            ["region"] = new JsonObject { ["startLine"] = Math.Max(1, d.Location.Line), ["startColumn"] = Math.Max(1, d.Location.Column) },
                        },
                    }),
                })),
            }),
        };
        writer.WriteLine(log.ToJsonString(Options));
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new(items.Select(i => (JsonNode?)i).ToArray());

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";

    // SARIF addresses are URIs: each segment percent-encoded ("a b.md" -> "a%20b.md", so it differs from a file named
    // "a%20b.md"), relative to the source root, or a file: URI for a path outside it.
    private static JsonObject ArtifactLocation(string displayPath)
    {
        if (Path.IsPathRooted(displayPath)) return new JsonObject { ["uri"] = new Uri(displayPath).AbsoluteUri };
        var encoded = string.Join('/', displayPath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        return new JsonObject { ["uri"] = encoded, ["uriBaseId"] = "%SRCROOT%" };
    }
}

using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Targets;
using Handbook.Validation;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary>
/// <c>handbook schema</c>: a JSON Schema for story front matter, or (<c>--for target</c>) for the target files in
/// <c>input/targets/</c>, with this handbook's ids as enums.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The default file name of the story schema, written beside handbook.yml.</summary>
    public const string FileName = "handbook.schema.json";

    /// <summary>The default file name of the target file schema, written beside handbook.yml.</summary>
    public const string TargetFileName = "target.schema.json";

    /// <summary>What every schema this command writes says of itself; a file without it is never replaced.</summary>
    public const string Signature = "Written by handbook schema; run it again to refresh this file.";

    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var output = new Option<string?>("--output", "-o") { Description = $"Where to write the schema; `-` for standard output. Default: <input>/{FileName} (<input>/{TargetFileName} with --for target)." };
        var kind = new Option<string>("--for")
        {
            Description = "What the schema describes: `story` (front matter) or `target` (the files in input/targets/).",
            DefaultValueFactory = _ => "story",
        };
        kind.AcceptOnlyFromAmong("story", "target");
        var command = new Command("schema", """
            Write a JSON Schema for story front matter (or for target files), with the configured ids as enums.
            Examples:
              handbook schema
              handbook schema --for target
              handbook schema --output -
            """)
        {
            input, output, kind,
        };
        command.SetAction(parse =>
        {
            var inputDirectory = Path.GetFullPath(parse.GetValue(input)!);
            var rules = RuleSet.CreateDefault();
            var config = ConfigLoader.Load(inputDirectory, rules.ConfigurableIds, new DiagnosticBag());
            var forTargets = parse.GetValue(kind) == "target";
            var schema = forTargets ? BuildForTargets(config) : Build(config, rules);
            var json = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            var target = parse.GetValue(output) ?? Path.Combine(inputDirectory, forTargets ? TargetFileName : FileName);
            if (target == "-")
            {
                console.Profile.Out.Writer.WriteLine(json);
                return ExitCodes.Success;
            }
            var shown = Diagnostic.DisplayPath(Path.GetFullPath(target), Directory.GetCurrentDirectory());
            if (Refusal(target) is { } refusal)
            {
                console.Profile.Out.Writer.WriteLine($"{shown}: error: {refusal}");
                return ExitCodes.Unusable;
            }
            try
            {
                File.WriteAllText(target, json + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Profile.Out.Writer.WriteLine($"{shown}: error: cannot write the schema: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}. Fix: pass --output with a file in a folder you can write to.");
                return ExitCodes.Unusable;
            }
            console.Profile.Out.Writer.WriteLine($"Wrote {shown}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Why <paramref name="target"/> may not be written, or null: the schema replaces only a schema this command
    /// wrote, never another file, a folder or a link (which could lead anywhere).
    /// </summary>
    internal static string? Refusal(string target)
    {
        var info = new FileInfo(target);
        if (Directory.Exists(target)) return "is a folder; nothing was written. Fix: pass --output with a file name, such as `--output handbook.schema.json`.";
        if (info.LinkTarget is not null) return "is a link; nothing was written. Fix: pass --output with a plain file, or remove the link.";
        if (!info.Exists) return info.Directory is { Exists: false } ? "is in a folder that does not exist; nothing was written. Fix: create the folder, or pass --output with a file in an existing one." : null;
        string text;
        try
        {
            text = File.ReadAllText(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"exists and cannot be read ({e.Message.ReplaceLineEndings(" ").TrimEnd('.')}); nothing was written. Fix: pass --output with a new file.";
        }
        return text.Contains(Signature, StringComparison.Ordinal)
            ? null
            : "exists and was not written by `handbook schema`; nothing was written. Fix: pass --output with a new file name, or move that file away.";
    }

    /// <summary>The schema as a JSON object.</summary>
    public static JsonObject Build(HandbookConfig config, RuleSet rules)
    {
        JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };
        JsonObject Ids(IEnumerable<string> ids, string description) => new()
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["uniqueItems"] = true,
            ["description"] = description,
            ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(ids) },
        };
        JsonObject Property(FrontMatterField field) => field.Kind switch
        {
            FieldKind.Text when field.Required => new() { ["type"] = "string", ["minLength"] = 1, ["description"] = field.Description },
            FieldKind.Text => Text(field.Description),
            FieldKind.Slug => new() { ["type"] = "string", ["pattern"] = FrontMatterFields.SlugPattern, ["description"] = field.Description },
            FieldKind.SlugList => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = FrontMatterFields.SlugPattern }, ["description"] = field.Description },
            FieldKind.Level => new() { ["type"] = "string", ["enum"] = Strings(Levels.All.Select(l => l.Id())), ["description"] = field.Description },
            FieldKind.CompetencyIds => Ids(config.Competencies.Select(c => c.Id), field.Description),
            FieldKind.PatternIds => Ids(config.Questions.Select(q => q.Id), field.Description),
            FieldKind.TextList => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = field.Description },
            FieldKind.Flag => new() { ["type"] = "boolean", ["description"] = field.Description },
            FieldKind.Confidential => new()
            {
                ["description"] = field.Description,
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } },
                    new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } }),
            },
            _ => new()
            {
                ["type"] = "object",
                ["description"] = field.Description,
                ["propertyNames"] = new JsonObject { ["enum"] = Strings(rules.Rules.Where(r => r.Suppressible).Select(r => r.Id)) },
                ["additionalProperties"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            },
        };
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$comment"] = Signature,
            ["title"] = $"Story front matter for {config.Title}",
            ["type"] = "object",
            ["required"] = Strings(FrontMatterFields.All.Where(f => f.Required).Select(f => f.Name)),
            ["additionalProperties"] = false,
            ["properties"] = Properties(FrontMatterFields.All, f => f.Name, Property),
        };
    }

    /// <summary>
    /// The schema of a target file (<c>input/targets/&lt;id&gt;.yml</c>) as a JSON object: the fields the
    /// reader knows (<see cref="TargetReader.TargetFields"/> and the lists beside it), competency ids as an enum.
    /// </summary>
    public static JsonObject BuildForTargets(HandbookConfig config)
    {
        JsonObject Text(string description) => new() { ["type"] = "string", ["minLength"] = 1, ["description"] = description };
        JsonObject Texts(string description) => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 }, ["description"] = description };
        JsonObject Id(string description) => new() { ["type"] = "string", ["pattern"] = FrontMatterFields.SlugPattern, ["description"] = description };
        JsonObject Object(IReadOnlyList<string> fields, string[] required, Func<string, JsonObject> property, string description) => new()
        {
            ["type"] = "object",
            ["description"] = description,
            ["required"] = Strings(required),
            ["additionalProperties"] = false,
            ["properties"] = Properties(fields, f => f, property),
        };
        JsonObject Value(string field) => field switch
        {
            "id" => Id("The id rounds name this value by (lower case, dashes)."),
            "title" => Text("The value's name as the company writes it."),
            "competencies" => new()
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["uniqueItems"] = true,
                ["description"] = "Competencies from handbook.yml that demonstrate the value.",
                ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(config.Competencies.Select(c => c.Id)) },
            },
            "prompts" => Texts("How interviewers ask about it; practice uses them."),
            "description" => Text("What the company means by it."),
            _ => throw new InvalidOperationException($"the target schema does not describe the value field `{field}`."),
        };
        JsonObject Round(string field) => field switch
        {
            "title" => Text("Who runs the round, e.g. Hiring manager."),
            "values" => new() { ["type"] = "array", ["minItems"] = 1, ["uniqueItems"] = true, ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = FrontMatterFields.SlugPattern }, ["description"] = "Ids of the values this round grades." },
            "minutes" => new() { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = TargetReader.MaxMinutes, ["description"] = "How long the round lasts." },
            _ => throw new InvalidOperationException($"the target schema does not describe the round field `{field}`."),
        };
        JsonObject Target(string field) => field switch
        {
            "title" => Text("The loop's title; it heads the page."),
            "level" => new() { ["type"] = "string", ["enum"] = Strings(Levels.All.Select(l => l.Id())), ["description"] = "The level applied for." },
            "date" => new() { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = $"The day of the loop ({TargetReader.DateFormat})." },
            "values" => new() { ["type"] = "array", ["minItems"] = 1, ["description"] = "The values the company grades.", ["items"] = Object(TargetReader.ValueFields, ["id", "competencies"], Value, "One value.") },
            "rounds" => new() { ["type"] = "array", ["minItems"] = 1, ["description"] = "The interviews of the loop, in order.", ["items"] = Object(TargetReader.RoundFields, ["title", "values"], Round, "One round.") },
            _ => throw new InvalidOperationException($"the target schema does not describe the field `{field}`."),
        };
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$comment"] = Signature,
            ["title"] = $"Target loop file for {config.Title}",
            ["type"] = "object",
            ["required"] = Strings(["title", "values", "rounds"]),
            ["additionalProperties"] = false,
            ["properties"] = Properties(TargetReader.TargetFields, f => f, Target),
        };
    }

    // JSON nodes rather than serialized anonymous objects: the tool is compiled ahead of time, without reflection-based serialization.
    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static JsonObject Properties<T>(IEnumerable<T> items, Func<T, string> name, Func<T, JsonObject> property)
    {
        var properties = new JsonObject();
        foreach (var item in items) properties[name(item)] = property(item);
        return properties;
    }
}

using System.CommandLine;
using System.Text.Json;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Validation;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook schema</c>: a JSON Schema for story front matter, with this handbook's ids as enums.</summary>
internal static class SchemaCommand
{
    /// <summary>The default file name, written beside handbook.yml.</summary>
    public const string FileName = "handbook.schema.json";

    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var output = new Option<string?>("--output", "-o") { Description = $"Where to write the schema; `-` for standard output. Default: <input>/{FileName}." };
        var command = new Command("schema", """
            Write a JSON Schema for story front matter, with the configured competency and pattern ids as enums.
            Examples:
              handbook schema
              handbook schema --output -
            """)
        {
            input, output,
        };
        command.SetAction(parse =>
        {
            var inputDirectory = Path.GetFullPath(parse.GetValue(input)!);
            var rules = RuleSet.CreateDefault();
            var config = ConfigLoader.Load(inputDirectory, rules.ConfigurableIds, new DiagnosticBag());
            var json = JsonSerializer.Serialize(Build(config, rules), new JsonSerializerOptions { WriteIndented = true });
            var target = parse.GetValue(output) ?? Path.Combine(inputDirectory, FileName);
            if (target == "-")
            {
                console.Profile.Out.Writer.WriteLine(json);
                return ExitCodes.Success;
            }
            File.WriteAllText(target, json + "\n");
            console.Profile.Out.Writer.WriteLine($"Wrote {Diagnostic.DisplayPath(Path.GetFullPath(target), Directory.GetCurrentDirectory())}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The schema as a JSON-ready object.</summary>
    public static Dictionary<string, object> Build(HandbookConfig config, RuleSet rules)
    {
        object Text(string description) => new { type = "string", description };
        object Ids(IEnumerable<string> ids, string description) => new
        {
            type = "array",
            minItems = 1,
            uniqueItems = true,
            description,
            items = new { type = "string", @enum = ids.ToArray() },
        };
        object Property(FrontMatterField field) => field.Kind switch
        {
            FieldKind.Text when field.Required => new { type = "string", minLength = 1, description = field.Description },
            FieldKind.Text => Text(field.Description),
            FieldKind.Slug => new { type = "string", pattern = FrontMatterFields.SlugPattern, description = field.Description },
            FieldKind.SlugList => new { type = "array", items = new { type = "string", pattern = FrontMatterFields.SlugPattern }, description = field.Description },
            FieldKind.Level => new { type = "string", @enum = Levels.All.Select(l => l.Id()).ToArray(), description = field.Description },
            FieldKind.CompetencyIds => Ids(config.Competencies.Select(c => c.Id), field.Description),
            FieldKind.PatternIds => Ids(config.Questions.Select(q => q.Id), field.Description),
            FieldKind.TextList => new { type = "array", items = new { type = "string" }, description = field.Description },
            FieldKind.Flag => new { type = "boolean", description = field.Description },
            FieldKind.Confidential => new
            {
                description = field.Description,
                oneOf = new object[]
                {
                    new { type = "array", items = new { type = "string", minLength = 1 } },
                    new { type = "object", additionalProperties = new { type = "string" } },
                },
            },
            _ => new
            {
                type = "object",
                description = field.Description,
                propertyNames = new { @enum = rules.Rules.Where(r => r.Suppressible).Select(r => r.Id).ToArray() },
                additionalProperties = new { type = "string", minLength = 1 },
            },
        };
        return new Dictionary<string, object>
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Story front matter for {config.Title}",
            ["type"] = "object",
            ["required"] = FrontMatterFields.All.Where(f => f.Required).Select(f => f.Name).ToArray(),
            ["additionalProperties"] = false,
            ["properties"] = FrontMatterFields.All.ToDictionary(f => f.Name, Property, StringComparer.Ordinal),
        };
    }
}

using System.CommandLine;
using System.Text.Json;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Pipeline;
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
        return new Dictionary<string, object>
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Story front matter for {config.Title}",
            ["type"] = "object",
            ["required"] = new[] { "title", "competencies", "patterns", "level" },
            ["additionalProperties"] = false,
            ["properties"] = new Dictionary<string, object>
            {
                ["title"] = new { type = "string", minLength = 1, description = "A short name for the story." },
                ["slug"] = new { type = "string", pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "The page's name; defaults to the file name." },
                ["summary"] = Text("A one-line hook."),
                ["level"] = new { type = "string", @enum = Levels.All.Select(l => l.Id()).ToArray(), description = "The seniority the story shows." },
                ["competencies"] = Ids(config.Competencies.Select(c => c.Id), "Competency ids from handbook.yml."),
                ["patterns"] = Ids(config.Questions.Select(q => q.Id), "Question pattern ids from questions.yml."),
                ["metrics"] = new { type = "array", items = new { type = "string" }, description = "Headline figures, e.g. \"p99 850 ms -> 320 ms\"." },
                ["tradeoff"] = Text("The option rejected and what the choice cost, in one line."),
                ["tags"] = new { type = "array", items = new { type = "string" } },
                ["draft"] = new { type = "boolean", description = "Drafts are left out of the site." },
                ["cheatsheet"] = new { type = "boolean", description = "Put this story on the one-page cheat sheet." },
                ["allow"] = new
                {
                    type = "object",
                    description = "Rules silenced for this story, each with the reason.",
                    propertyNames = new { @enum = rules.Rules.Where(r => r.Suppressible).Select(r => r.Id).ToArray() },
                    additionalProperties = new { type = "string", minLength = 1 },
                },
            },
        };
    }
}

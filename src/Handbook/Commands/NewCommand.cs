using System.CommandLine;
using Handbook.Cli.Authoring;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Text;
using Handbook.Validation;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook new "Title"</c>: start a story from the template, with a unique slug and checked ids.</summary>
internal static class NewCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var title = new Argument<string>("title") { Description = "The story's title." };
        var input = CommonOptions.Input();
        var patterns = new Option<string[]>("--pattern", "-p") { Description = "A question pattern id (repeatable).", AllowMultipleArgumentsPerToken = false };
        var competencies = new Option<string[]>("--competency", "-c") { Description = "A competency id (repeatable)." };
        var level = new Option<string>("--level", "-l") { Description = "mid, senior, staff or principal.", DefaultValueFactory = _ => "senior" };
        level.AcceptOnlyFromAmong(Levels.All.Select(l => l.Id()).ToArray());
        var command = new Command("new", """
            Write a new story file from the template, marked as a draft, with every section stubbed.
            Examples:
              handbook new "The outage I caused"
              handbook new "Sharding the ledger" --pattern schema-migration --competency technical-judgment --level staff
            """)
        {
            title, input, patterns, competencies, level,
        };
        command.SetAction(parse =>
        {
            var writer = console.Profile.Out.Writer;
            var inputDirectory = Path.GetFullPath(parse.GetValue(input)!);
            // A title is one line: line breaks, tabs and control characters become single spaces.
            var spaced = new string(parse.GetValue(title)!.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c).ToArray());
            var name = string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (!name.Any(char.IsLetterOrDigit))
            {
                writer.WriteLine("error: the title needs at least one letter or digit.");
                return ExitCodes.Unusable;
            }
            // A title in a script a URL slug does not spell ("日本語のタイトル") still gets a file name.
            var slug = Slug.From(name) is { Length: > 0 } spelled ? spelled : FallbackSlug;
            var bag = new DiagnosticBag();
            var config = ConfigLoader.Load(inputDirectory, RuleSet.CreateDefault().ConfigurableIds, bag);
            var problems = Unknown(parse.GetValue(patterns) ?? [], config.Questions.Select(q => q.Id).ToList(), "question pattern", "--pattern")
                .Concat(Unknown(parse.GetValue(competencies) ?? [], config.Competencies.Select(c => c.Id).ToList(), "competency", "--competency"))
                .ToList();
            if (problems.Count > 0)
            {
                foreach (var problem in problems) writer.WriteLine($"error: {problem}");
                return ExitCodes.Unusable;
            }

            var folder = Path.Combine(inputDirectory, ConfigFiles.Stories);
            Directory.CreateDirectory(folder);
            var path = UniquePath(folder, slug);
            Levels.TryParse(parse.GetValue(level), out var chosen);
            var text = StoryTemplate.Create(name, chosen, parse.GetValue(competencies) ?? [], parse.GetValue(patterns) ?? []);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var stream = new StreamWriter(file))
            {
                stream.Write(text);
            }
            writer.WriteLine($"Created {Diagnostic.DisplayPath(path, Directory.GetCurrentDirectory())} (a draft: remove `draft: true` when it is ready).");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The file name of a story whose title has no letter a URL slug can spell.</summary>
    public const string FallbackSlug = "story";

    /// <summary>The story file for <paramref name="slug"/>, or slug-2, slug-3... when it is taken: never an existing file.</summary>
    public static string UniquePath(string folder, string slug)
    {
        var taken = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(p => Slug.From(Path.GetFileNameWithoutExtension(p)))
            .ToHashSet(StringComparer.Ordinal);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{slug}-{n}";
        return Path.Combine(folder, candidate + ".md");
    }

    private static IEnumerable<string> Unknown(IEnumerable<string> given, IReadOnlyCollection<string> known, string what, string option) =>
        given.Where(id => !known.Contains(id)).Select(id =>
            $"unknown {what} `{id}` for {option}; {ConfigLoader.Suggest(id, known, what + " ids")}");
}

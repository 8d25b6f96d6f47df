using System.CommandLine;
using Handbook.Cli.Authoring;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook init DIR</c>: start a new handbook (settings, question bank, one example story).</summary>
internal static class InitCommand
{
    /// <summary>The example story's file name.</summary>
    public const string ExampleStory = "example-story.md";

    public static Command Create(IAnsiConsole console)
    {
        var directory = new Argument<string>("directory") { Description = "Where to start the handbook; created if missing." };
        var title = new Option<string>("--title") { Description = "The handbook's title.", DefaultValueFactory = _ => "My Interview Handbook" };
        var author = new Option<string>("--author") { Description = "Your name.", DefaultValueFactory = _ => "" };
        var command = new Command("init", """
            Start a new handbook in a folder of its own (for example a private repository).
            Examples:
              handbook init my-handbook
              handbook init ~/interviews --title "Ada's prep" --author "Ada"
            """)
        {
            directory, title, author,
        };
        command.SetAction(parse =>
        {
            var writer = console.Profile.Out.Writer;
            var root = Path.GetFullPath(parse.GetValue(directory)!);
            if (File.Exists(Path.Combine(root, ConfigFiles.Handbook)))
            {
                writer.WriteLine($"error: {Diagnostic.DisplayPath(root, Directory.GetCurrentDirectory())} already has a {ConfigFiles.Handbook}; nothing was written.");
                return ExitCodes.Unusable;
            }
            Directory.CreateDirectory(Path.Combine(root, ConfigFiles.Stories));
            var settings = $"""
                # Handbook settings; see the README for every field.
                title: {YamlText.Quote(parse.GetValue(title)!)}
                author: {YamlText.Quote(parse.GetValue(author)!)}
                # Severity of each check: error, warning or off.
                rules:
                  missing-metric: error
                  missing-tradeoff: error

                """;
            WriteNew(Path.Combine(root, ConfigFiles.Handbook), settings);
            WriteNew(Path.Combine(root, ConfigFiles.Questions), ConfigFiles.DefaultText(ConfigFiles.Questions));
            var wroteExample = WriteNew(Path.Combine(root, ConfigFiles.Stories, ExampleStory), ConfigFiles.DefaultText(ExampleStory));
            WriteNew(Path.Combine(root, ".gitignore"), "output/\n.output.staging/\n.output.previous/\n");
            var shown = Diagnostic.DisplayPath(root, Directory.GetCurrentDirectory());
            // Steps that work as written, in order, from inside the new folder. The site is written beside the
            // handbook rather than in it: an output folder inside the input is refused.
            var tool = Invocation.From(root);
            var site = $"../{Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar))}-site";
            writer.WriteLine(wroteExample
                ? $"Started a handbook in {shown}/ with one example story."
                : $"Started a handbook in {shown}/; {ConfigFiles.Stories}/{ExampleStory} was already there and was kept as it was.");
            writer.WriteLine("Next:");
            writer.WriteLine($"  cd {Invocation.Quote(shown)}");
            writer.WriteLine($"  {tool} serve --input .                   # preview at http://127.0.0.1:5080/, rebuilt as you save");
            writer.WriteLine($"  {tool} build --input . --output {Invocation.Quote(site)}   # the site, to open from disk or deploy");
            return ExitCodes.Success;
        });
        return command;
    }

    // Never replaces a file (nor a dangling link's target): true when it wrote one.
    private static bool WriteNew(string path, string text)
    {
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) return false;
        File.WriteAllText(path, text);
        return true;
    }
}

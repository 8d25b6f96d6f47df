using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Cli;

public class CliMessageTests
{
    [Fact]
    public void Unknown_command_is_one_error_that_names_the_commands()
    {
        var (exitCode, _, error) = CliRunner.Run("biuld");

        Assert.Equal(ExitCodes.Unusable, exitCode);
        var problems = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Run `handbook --help`", StringComparison.Ordinal)).ToList();
        var problem = Assert.Single(problems);
        Assert.Contains("unknown command 'biuld'", problem);
        Assert.Contains("Did you mean `build`?", problem);
        Assert.Contains("build, check", problem);
    }

    [Fact]
    public void Check_json_keeps_backticks_and_quotes_readable()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = Path.Combine(input, "stories", "mentoring-new-grad.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("tags:", "tradeof: typo\ntags:"));

        var (_, stdout, _) = CliRunner.Run("check", "--input", input, "--format", "json");

        Assert.Contains("`", stdout);
        Assert.DoesNotContain("\\u0060", stdout);
        Assert.DoesNotContain("\\u0022", stdout);
        Assert.NotEmpty(System.Text.Json.JsonDocument.Parse(stdout).RootElement.EnumerateArray());
    }

    [Fact]
    public void Init_next_steps_work_as_written_from_the_new_folder()
    {
        using var dir = new TempDirectory();
        var root = dir.Combine("mine");

        var (_, stdout, _) = CliRunner.Run("init", root);

        var steps = stdout.Split('\n').SkipWhile(l => !l.StartsWith("Next:", StringComparison.Ordinal)).Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("cd ", steps[0]);
        var build = steps.Single(s => s.Contains(" build ", StringComparison.Ordinal));
        // Run the build step as a user inside the folder would: its paths are relative to that folder.
        var words = build[..build.IndexOf('#')].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var args = words.SkipWhile(w => w != "build").ToList();
        var input = Path.GetFullPath(Path.Combine(root, args[args.IndexOf("--input") + 1]));
        var output = Path.GetFullPath(Path.Combine(root, args[args.IndexOf("--output") + 1]));
        var (exitCode, _, error) = CliRunner.Run("build", "--input", input, "--output", output, "--theme", Paths.Theme);
        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }
}

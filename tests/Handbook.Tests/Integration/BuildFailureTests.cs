using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Integration;

public class BuildFailureTests
{
    private static BuildResult Build(TempDirectory dir, string input, string output = "site") => HandbookPipeline.Build(new BuildOptions
    {
        InputDirectory = input, OutputDirectory = dir.Combine(output), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
    });

    [Fact]
    public void Failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        Assert.Equal(ExitCodes.Success, Build(dir, input).ExitCode);
        var before = Snapshot(dir.Combine("site"));

        var story = Path.Combine(input, "stories", "search-latency-cache.md");
        File.WriteAllText(story, StoryEdits.WithoutTradeoff(File.ReadAllText(story)));
        var failed = Build(dir, input);

        Assert.Equal(ExitCodes.ValidationFailed, failed.ExitCode);
        Assert.False(failed.Published);
        Assert.Equal(before, Snapshot(dir.Combine("site")));
        Assert.False(Directory.Exists(dir.Combine(".site.staging")));
    }

    [Fact]
    public void Failure_is_reported_with_file_line_and_fix()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("Pages fell from 46 to 7 a week within a month, and the share of pages that needed action rose from\n22% to 86%. We missed no customer-facing incident in the following quarter.", "Pages fell a lot.")
            .Replace("metrics:\n  - \"Pages per week 46 -> 7\"\n  - \"Acted-on pages 22% -> 86%\"\n", ""));

        var resultLine = Array.IndexOf(File.ReadAllLines(story), "## Result") + 1;

        var diagnostic = Assert.Single(Build(dir, input).Diagnostics, d => d.IsError);

        Assert.Equal($"input/stories/noisy-alerts-oncall.md:{resultLine}:1: error missing-metric: {diagnostic.Message} Fix: {diagnostic.Help}",
            diagnostic.Format(dir.Path));
        Assert.Contains("number", diagnostic.Help);
    }

    [Fact]
    public void Broken_story_does_not_hide_the_others()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.WriteAllText(Path.Combine(input, "stories", "broken.md"), "---\ntitle: [unclosed\n---\n");
        File.WriteAllText(Path.Combine(input, "stories", "thin.md"), Stories.Compose(result: "It went well.", tradeoff: null));

        var result = Build(dir, input);

        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.YamlSyntax && d.Location.Path.EndsWith("broken.md"));
        Assert.Contains(result.Diagnostics, d => d.RuleId == "missing-metric" && d.Location.Path.EndsWith("thin.md"));
        Assert.Contains(result.Diagnostics, d => d.RuleId == "missing-tradeoff" && d.Location.Path.EndsWith("thin.md"));
    }

    [Fact]
    public void Missing_input_folder_is_exit_code_two()
    {
        using var dir = new TempDirectory();

        var result = Build(dir, dir.Combine("nope"));

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        Assert.Contains("does not exist", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Output_folder_that_is_the_input_is_refused()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        var result = Build(dir, input, output: "input");

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("refusing"));
        Assert.True(File.Exists(Path.Combine(input, "handbook.yml")));
    }

    [Fact]
    public void Theme_override_replaces_one_file_and_keeps_the_rest()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/partials/footer.sbn-html", "<footer class=\"mine\">My own footer</footer>\n");

        Assert.Equal(ExitCodes.Success, Build(dir, input).ExitCode);

        var home = File.ReadAllText(dir.Combine("site", "index.html"));
        Assert.Contains("My own footer", home);
        Assert.Contains("class=\"site-header\"", home);
    }

    [Fact]
    public void Drafts_are_published_only_with_the_drafts_option()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.Copy(Paths.Fixture("Stories", "draft-incomplete.md"), Path.Combine(input, "stories", "draft-incomplete.md"));

        var without = Build(dir, input);
        Assert.Equal(ExitCodes.Success, without.ExitCode);
        Assert.False(File.Exists(dir.Combine("site", "stories", "draft-incomplete.html")));

        var with = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = input, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme,
            WorkingDirectory = dir.Path, IncludeDrafts = true,
        });
        Assert.Equal(ExitCodes.Success, with.ExitCode);
        Assert.True(File.Exists(dir.Combine("site", "stories", "draft-incomplete.html")));
    }

    private static SortedDictionary<string, string> Snapshot(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p)))),
        StringComparer.Ordinal);
}

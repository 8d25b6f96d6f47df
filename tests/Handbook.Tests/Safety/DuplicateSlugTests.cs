using Handbook.Pipeline;
using Handbook.Tests.Cli;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>Two stories with one address are a diagnostic with exit 1, in build and check alike, never a crash.</summary>
public class DuplicateSlugTests
{
    public static TheoryData<string, string, string?> Pairs => new()
    {
        { "team-a/outage.md", "team-b/outage.md", null },
        { "Outage.md", "outage.md", null },
        { "first.md", "second.md", "slug: outage" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_stories_with_one_slug_fail_the_build_with_a_diagnostic_not_an_internal_error(string first, string second, string? slugLine)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = File.ReadAllText(Path.Combine(input, "stories", "search-latency-cache.md"));
        if (slugLine is not null) story = story.Replace("title:", slugLine + "\ntitle:");
        dir.Write(Path.Combine("input", "stories", first), story);
        dir.Write(Path.Combine("input", "stories", second), story.Replace("cheatsheet: true", "cheatsheet: false"));

        foreach (var command in new[] { "build", "check" })
        {
            string[] args = command == "build" ? ["build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme] : ["check", "--input", input];
            var (exitCode, stdout, stderr) = CliRunner.Run(args);

            Assert.Equal(ExitCodes.ValidationFailed, exitCode);
            Assert.DoesNotContain("internal error", stderr + stdout);
            Assert.Contains("duplicate-slug", stdout);
        }
    }

    [Fact]
    public void A_render_after_failed_validation_gets_one_story_per_address()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = File.ReadAllText(Path.Combine(input, "stories", "search-latency-cache.md"));
        dir.Write("input/stories/again/search-latency-cache.md", story.Replace("title:", "redirectFrom: [noisy-alerts-oncall]\ntitle:"));

        var result = HandbookPipeline.Render(new BuildOptions { InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path });

        Assert.Contains(result.Diagnostics, d => d.RuleId == "duplicate-slug");
        Assert.Single(result.Index!.Stories, s => s.Slug == "search-latency-cache");
        Assert.Single(result.Files, f => f.Path == "stories/noisy-alerts-oncall.html");
        Assert.Contains("Taming the pager", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "stories/noisy-alerts-oncall.html").Content));
    }
}

/// <summary>What a user's files hold reaches the terminal as text, never as control sequences.</summary>
public class TerminalTextTests
{
    [Fact]
    public void Control_characters_from_a_story_are_never_printed_raw()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = File.ReadAllText(Path.Combine(input, "stories", "search-latency-cache.md"));
        dir.Write("input/stories/escape.md", story.Replace("competencies: [", "competencies: [\"own\\e]0;pwned\\a\\e[2J\\rership\", "));

        var (exitCode, stdout, stderr) = CliRunner.Run("check", "--input", input);

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        Assert.DoesNotContain(stdout + stderr, c => char.IsControl(c) && c is not '\n');
        Assert.Contains(@"own\x1B]0;pwned\x07\x1B[2J\x0Dership", stdout);
    }
}

using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Cli;

public class BuildCommandTests
{
    [Fact]
    public void Build_of_the_sample_succeeds_and_says_where()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("out");

        var (exitCode, stdout, _) = CliRunner.Run("build", "--input", Paths.SampleInput, "--output", output, "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("0 errors, 0 warnings in 8 stories", stdout);
        Assert.Contains("Built 8 stories", stdout);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Failing_build_prints_compiler_style_lines_and_exits_one()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.Copy(Paths.Fixture("Stories", "no-tradeoff.md"), Path.Combine(input, "stories", "no-tradeoff.md"));

        var (exitCode, stdout, _) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("out"), "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        Assert.Matches(@"(?m)^.*input/stories/no-tradeoff\.md:17:1: error missing-tradeoff: .+ Fix: .+$", stdout);
        Assert.Matches(@"(?m)^1 error, \d+ warnings? in 9 stories$", stdout);
        Assert.Contains("nothing was written", stdout);
        Assert.Single(stdout.Split('\n'), l => l.Contains("missing-tradeoff"));
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var dir = new TempDirectory();
        var before = Directory.EnumerateFileSystemEntries(Paths.SampleInput, "*", SearchOption.AllDirectories).Count();

        var (exitCode, stdout, _) = CliRunner.Run("check", "--input", Paths.SampleInput);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("0 errors, 0 warnings in 8 stories", stdout);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(Paths.SampleInput, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_two()
    {
        var (exitCode, _, stderr) = CliRunner.Run("build", "--frobnicate");

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("--frobnicate", stderr);
        Assert.Contains("--help", stderr);
    }

    [Fact]
    public void Missing_input_folder_exits_two_with_a_diagnostic()
    {
        using var dir = new TempDirectory();

        var (exitCode, stdout, _) = CliRunner.Run("build", "--input", dir.Combine("missing"), "--output", dir.Combine("out"));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("error unreadable-input: the input folder does not exist.", stdout);
    }

    [Fact]
    public void Help_shows_examples()
    {
        var (exitCode, stdout, _) = CliRunner.Run("build", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("handbook build --input", stdout);
    }

    [Fact]
    public void Build_says_how_to_check_the_links_it_skipped_for_size()
    {
        using var dir = new TempDirectory();
        var input = Checking.LinkCheckTests.SampleWithMaxStories(dir, 5);

        var (exitCode, stdout, _) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("out"), "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Links of the rendered site were not checked: 8 stories is over broken-link's maxStories (5)", stdout);
        Assert.Contains("handbook build --check-links", stdout);
    }

    [Fact]
    public void Build_with_check_links_reports_broken_links_at_any_size()
    {
        using var dir = new TempDirectory();
        var input = Checking.LinkCheckTests.SampleWithMaxStories(dir, 5);

        var (exitCode, stdout, _) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("out"), "--theme", Paths.Theme, "--check-links");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("warning broken-link", stdout);
        Assert.DoesNotContain("were not checked", stdout);
    }
}

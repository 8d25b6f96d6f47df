using Handbook.Pipeline;
using Handbook.Tests.Cli;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>Story files that are symbolic links: read when they stay inside the input folder, reported when not.</summary>
public class SymlinkTests
{
    private static string Story(string title) =>
        File.ReadAllText(Path.Combine(Paths.SampleInput, "stories", "billing-launch-pushback.md")).Replace("title: Pushing back on the billing launch date", $"title: {title}");

    [Fact]
    public void A_linked_story_inside_the_input_folder_is_read()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var target = dir.Write("input/drafts/kept.md", Story("Linked from drafts"));
        File.CreateSymbolicLink(Path.Combine(input, "stories", "linked.md"), Path.Combine("..", "drafts", "kept.md"));

        var (exitCode, stdout, stderr) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);

        Assert.True(exitCode == ExitCodes.Success, stdout + stderr);
        Assert.Contains("Linked from drafts", File.ReadAllText(dir.Combine("site", "stories", "linked.html")));
        Assert.True(File.Exists(target));
    }

    [Fact]
    public void A_linked_story_outside_the_input_folder_is_an_error_at_the_link_and_is_not_read()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("private/secret.md", Story("Private words from elsewhere"));
        File.CreateSymbolicLink(Path.Combine(input, "stories", "secret.md"), dir.Combine("private", "secret.md"));

        var (exitCode, stdout, stderr) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.Unusable, exitCode); // like any story that cannot be read
        Assert.Matches(@"stories/secret\.md:1:1: error unreadable-input: the story is a link to `[^`]*private/secret\.md`, outside the input folder; it is not read", stdout + stderr);
        Assert.False(Directory.Exists(dir.Combine("site")) && Directory.EnumerateFiles(dir.Combine("site"), "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("Private words from elsewhere", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dangling_story_link_is_an_error_at_the_link()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.CreateSymbolicLink(Path.Combine(input, "stories", "gone.md"), "nowhere.md");

        var (exitCode, stdout, stderr) = CliRunner.Run("check", "--input", input);

        Assert.Equal(ExitCodes.Unusable, exitCode); // like any story that cannot be read
        Assert.Contains("gone.md:1:1: error unreadable-input: the story is a link to `nowhere.md`, which does not exist.", stdout + stderr);
    }
}

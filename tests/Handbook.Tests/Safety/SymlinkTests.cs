using Handbook.Pipeline;
using Handbook.Tests.Cli;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>
/// Story and theme files that are symbolic links: used when they stay inside the input folder, reported (and never
/// read or published) when they lead elsewhere.
/// </summary>
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

    [Fact]
    public void A_theme_asset_linked_from_outside_the_input_folder_is_not_published()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("private/notes.css", "/* private words from elsewhere */");
        Directory.CreateDirectory(Path.Combine(input, "theme", "assets"));
        File.CreateSymbolicLink(Path.Combine(input, "theme", "assets", "notes.css"), dir.Combine("private", "notes.css"));

        var (exitCode, stdout, stderr) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);

        Assert.True(exitCode == ExitCodes.Success, stdout + stderr);
        Assert.Matches(@"theme/assets/notes\.css:1:1: warning ignored-file: this theme file is a link to `[^`]*private/notes\.css`, outside the input folder", stdout);
        Assert.False(File.Exists(dir.Combine("site", "assets", "notes.css")));
        Assert.DoesNotContain(Directory.EnumerateFiles(dir.Combine("site"), "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("private words from elsewhere", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_folder_linked_from_outside_the_input_folder_is_not_used()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("elsewhere/layouts/home.sbn-html", "<p>private words from elsewhere</p>");
        Directory.CreateDirectory(Path.Combine(input, "theme"));
        Directory.CreateSymbolicLink(Path.Combine(input, "theme", "layouts"), dir.Combine("elsewhere", "layouts"));

        var (exitCode, stdout, stderr) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);

        Assert.True(exitCode == ExitCodes.Success, stdout + stderr);
        Assert.Contains("warning ignored-file", stdout);
        Assert.DoesNotContain("private words from elsewhere", File.ReadAllText(dir.Combine("site", "index.html")));
    }

    [Fact]
    public void A_theme_asset_linked_from_inside_the_input_folder_is_published()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/shared/brand.css", "/* brand colours */");
        Directory.CreateDirectory(Path.Combine(input, "theme", "assets"));
        File.CreateSymbolicLink(Path.Combine(input, "theme", "assets", "brand.css"), Path.Combine("..", "..", "shared", "brand.css"));

        var (exitCode, stdout, stderr) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);

        Assert.True(exitCode == ExitCodes.Success, stdout + stderr);
        Assert.DoesNotContain("ignored-file", stdout);
        Assert.Equal("/* brand colours */", File.ReadAllText(dir.Combine("site", "assets", "brand.css")));
    }

    [Theory]
    [InlineData("questions.yml")]
    [InlineData("targets/lantern-freight.yml")]
    [InlineData("handbook.yml")]
    public void A_configuration_file_linked_from_outside_the_input_folder_is_an_error_and_is_not_read(string file)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var linked = Path.Combine(input, file);
        dir.Write("private/outside.yml", File.ReadAllText(linked).Replace("title:", "title: SECRET-FROM-ELSEWHERE", StringComparison.Ordinal));
        File.Delete(linked);
        File.CreateSymbolicLink(linked, dir.Combine("private", "outside.yml"));

        var (exitCode, stdout, stderr) = CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains($"{file}:1:1: error unreadable-input: the file is a link to `", (stdout + stderr).Replace('\\', '/'));
        Assert.False(Directory.Exists(dir.Combine("site")) && Directory.EnumerateFiles(dir.Combine("site"), "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("SECRET-FROM-ELSEWHERE", StringComparison.Ordinal)));
    }
}

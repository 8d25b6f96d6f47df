using Handbook.Pipeline;
using Handbook.Publishing;
using Handbook.Tests.Cli;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>A write that fails says so in one line naming the path, exits 2, and keeps the previous site.</summary>
public class WriteFailureTests
{
    private static string[] Build(string input, string output) => ["build", "--input", input, "--output", output, "--theme", Paths.Theme];

    private static string Problem(string stdout) => Assert.Single(stdout.Split('\n'), l => l.Contains(" error "));

    [MountFact]
    public void A_full_disk_is_one_line_naming_the_file_and_the_previous_site_is_kept()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        using var disk = Mount.Tmpfs(dir.Combine("disk"), 400);
        var output = Path.Combine(disk.Path, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");
        OutputOwnership.Mark(output, ["index.html"]);

        var (exitCode, stdout, stderr) = CliRunner.Run(Build(input, output));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.DoesNotContain("internal error", stderr + stdout);
        var line = Problem(stdout);
        Assert.Contains("No space left on device", line);
        Assert.Contains(disk.Path, line);
        Assert.Contains("the previous site was left as it was", stdout);
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(disk.Path).Select(Path.GetFileName));
    }

    [MountFact]
    public void A_read_only_output_is_one_line_and_exit_two()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        using var disk = Mount.Tmpfs(dir.Combine("disk"), 4096);
        var output = Path.Combine(disk.Path, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");
        OutputOwnership.Mark(output, ["index.html"]);
        disk.MakeReadOnly();

        var (exitCode, stdout, stderr) = CliRunner.Run(Build(input, output));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.DoesNotContain("internal error", stderr + stdout);
        Assert.Contains(disk.Path, Problem(stdout));
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(disk.Path).Select(Path.GetFileName));
    }

    [MountFact]
    public void An_output_that_is_a_mount_point_is_one_line_and_keeps_what_is_mounted()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        using var disk = Mount.Tmpfs(dir.Combine("site"), 4096);
        File.WriteAllText(Path.Combine(disk.Path, "index.html"), "the previous site");
        OutputOwnership.Mark(disk.Path, ["index.html"]);

        var (exitCode, stdout, stderr) = CliRunner.Run(Build(input, disk.Path));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.DoesNotContain("internal error", stderr + stdout);
        Assert.Contains(disk.Path, Problem(stdout));
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(disk.Path, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(dir.Path, ".site*"));
    }

    [Fact]
    public void A_site_moved_aside_by_a_killed_publish_is_put_back_and_said_to_be_kept()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var output = dir.Combine("site");
        Assert.Equal(ExitCodes.Success, CliRunner.Run(Build(input, output)).ExitCode);
        // What a kill between the two renames leaves: the previous site moved aside, the new one never moved in.
        var (_, backup) = OutputWriter.SidePaths(output);
        Directory.Move(output, backup);
        File.WriteAllText(Path.Combine(input, "stories", "broken.md"), "---\ntitle: [\n---\n");

        var (exitCode, stdout, _) = CliRunner.Run(Build(input, output));

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        Assert.Contains("the previous site was restored", stdout);
        Assert.Contains("the previous site was left as it was", stdout);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(backup));
    }

    [Fact]
    public void A_failed_first_build_does_not_claim_a_previous_site()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.WriteAllText(Path.Combine(input, "stories", "broken.md"), "---\ntitle: [\n---\n");

        var (exitCode, stdout, _) = CliRunner.Run(Build(input, dir.Combine("site")));

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        Assert.DoesNotContain("previous site", stdout);
        Assert.Contains("nothing was written", stdout);
    }

    [Fact]
    public void A_folder_in_the_way_of_the_staging_folder_is_not_deleted()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var output = dir.Combine("site");
        var (staging, _) = OutputWriter.SidePaths(output);
        dir.Write(".site.staging/notes.txt", "mine");

        var (exitCode, stdout, _) = CliRunner.Run(Build(input, output));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains(staging, Problem(stdout));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(staging, "notes.txt")));
    }
}

using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Cli;

public class PrintCommandTests
{
    [Fact]
    public void Print_without_a_browser_says_how_to_get_one_and_exits_two()
    {
        using var dir = new TempDirectory();

        var (exitCode, stdout, _) = CliRunner.Run("print", "--input", Paths.SampleInput, "--output", dir.Combine("out"), "--chromium", dir.Combine("no-such-browser"));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("apt-get install chromium", stdout);
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    [Fact]
    public void Unknown_paper_size_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliRunner.Run("print", "--paper", "a3");

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("a3", stderr);
    }

    [PrintFact]
    public void Print_writes_a_one_page_cheat_sheet_pdf()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("out");

        var (exitCode, stdout, _) = CliRunner.Run("print", "--input", Paths.SampleInput, "--output", output, "--theme", Paths.Theme,
            "--paper", "letter", "--chromium", Chromium.ExecutablePath);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("cheatsheet.pdf (1 page, letter)", stdout);
        Assert.Equal(1, PdfTools.Pages(Path.Combine(output, "cheatsheet.pdf")));
    }
}

public class PrintTargetCommandTests
{
    [PrintFact]
    public void Print_target_writes_the_plan_of_that_loop_on_one_page()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("out");

        var (exitCode, stdout, _) = CliRunner.Run("print", "--input", Paths.SampleInput, "--output", output, "--theme", Paths.Theme,
            "--target", "lantern-freight", "--chromium", Chromium.ExecutablePath);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("targets/lantern-freight.pdf (1 page, a4)", stdout);
        Assert.Equal(1, PdfTools.Pages(Path.Combine(output, "targets", "lantern-freight.pdf")));
        Assert.False(File.Exists(Path.Combine(output, "cheatsheet.pdf")));
    }

    [PrintFact]
    public void Print_unknown_target_exits_two_with_a_suggestion()
    {
        using var dir = new TempDirectory();

        var (exitCode, stdout, _) = CliRunner.Run("print", "--input", Paths.SampleInput, "--output", dir.Combine("out"), "--theme", Paths.Theme,
            "--target", "lantern-freigth", "--chromium", Chromium.ExecutablePath);

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("did you mean `lantern-freight`?", stdout);
    }
}

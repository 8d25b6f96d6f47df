using Handbook.Pipeline;
using Handbook.Publishing;
using Handbook.Tests.Cli;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>Handbook replaces a folder only when it is missing, empty, or its own previous output.</summary>
public class OutputOwnershipTests
{
    private static BuildOptions Options(TempDirectory dir, string output, string? input = null) => new()
    {
        InputDirectory = input ?? dir.CopyFrom(Paths.SampleInput, "input"),
        OutputDirectory = output,
        ThemeDirectory = Paths.Theme,
        WorkingDirectory = dir.Path,
        HomeDirectory = dir.Combine("home"),
    };

    [Fact]
    public void A_folder_with_files_Handbook_did_not_write_is_refused_and_left_untouched()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var documents = dir.Combine("Documents");
        dir.Write("Documents/tax-return.pdf", "precious");
        dir.Write("Documents/photos/cat.jpg", "meow");

        var (exitCode, stdout, _) = CliRunner.Run("build", "--input", input, "--output", documents, "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.Unusable, exitCode);
        var line = Assert.Single(stdout.Split('\n'), l => l.Contains("refusing"));
        Assert.Contains("not written by Handbook", line);
        Assert.Contains("--output", line);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(documents, "tax-return.pdf")));
        Assert.Equal("meow", File.ReadAllText(Path.Combine(documents, "photos", "cat.jpg")));
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(documents, "*", SearchOption.AllDirectories).Count() - 1);
        Assert.DoesNotContain("previous site was left", stdout);
        Assert.Empty(Directory.EnumerateDirectories(dir.Path, ".Documents*"));
    }

    [Fact]
    public void An_empty_folder_is_used_and_marked_as_Handbook_output()
    {
        using var dir = new TempDirectory();
        var output = Directory.CreateDirectory(dir.Combine("site")).FullName;

        var result = HandbookPipeline.Build(Options(dir, output));

        Assert.True(result.Published, string.Join('\n', result.Diagnostics.Select(d => d.Format())));
        Assert.True(File.Exists(Path.Combine(output, OutputOwnership.MarkerFile)));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_previous_Handbook_output_is_replaced_and_a_removed_storys_page_goes()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("site");
        Assert.True(HandbookPipeline.Build(Options(dir, output)).Published);
        Assert.True(File.Exists(Path.Combine(output, "stories", "mentoring-new-grad.html")));
        File.Delete(dir.Combine("input", "stories", "mentoring-new-grad.md"));

        var result = HandbookPipeline.Build(Options(dir, output, dir.Combine("input")));

        Assert.True(result.Published);
        Assert.False(File.Exists(Path.Combine(output, "stories", "mentoring-new-grad.html")));
    }

    [Fact]
    public void Deleting_the_marker_makes_Handbook_leave_the_folder_alone()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("site");
        Assert.True(HandbookPipeline.Build(Options(dir, output)).Published);
        File.Delete(Path.Combine(output, OutputOwnership.MarkerFile));
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().ToList();

        var result = HandbookPipeline.Build(Options(dir, output, dir.Combine("input")));

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void An_output_reached_through_a_linked_parent_that_is_the_project_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var project = Directory.CreateDirectory(dir.Combine("project")).FullName;
        var input = dir.CopyFrom(Paths.SampleInput, "project/input");
        // Even a marker copied in by accident must not let the project be replaced.
        OutputOwnership.Mark(project);
        Directory.CreateSymbolicLink(dir.Combine("alias"), project);

        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = input, OutputDirectory = dir.Combine("alias"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, HomeDirectory = null,
        });

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("refusing") && d.Message.Contains("the input folder"));
        Assert.True(File.Exists(Path.Combine(input, "handbook.yml")));
        Assert.Equal(8, Directory.EnumerateFiles(Path.Combine(input, "stories")).Count());
    }

    [Fact]
    public void An_output_through_a_link_into_the_input_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        Directory.CreateSymbolicLink(dir.Combine("shortcut"), Path.Combine(input, "stories"));

        var result = HandbookPipeline.Build(Options(dir, dir.Combine("shortcut"), input));

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("inside the input folder"));
        Assert.Equal(8, Directory.EnumerateFiles(Path.Combine(input, "stories")).Count());
    }

    [Theory]
    [InlineData("home", "your home folder")]
    [InlineData(".", "the working folder")]
    [InlineData("theme", "the theme folder")]
    public void An_empty_or_marked_folder_is_still_refused_when_it_is_a_protected_folder(string output, string named)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var theme = dir.CopyFrom(Paths.Theme, "theme");
        Directory.CreateDirectory(dir.Combine("home"));
        OutputOwnership.Mark(dir.Combine(output));

        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = input, OutputDirectory = output, ThemeDirectory = theme, WorkingDirectory = dir.Path, HomeDirectory = dir.Combine("home"),
        });

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("refusing") && d.Message.Contains(named));
        Assert.True(File.Exists(Path.Combine(theme, "layouts", "base.sbn-html")));
    }

    [Fact]
    public void A_folder_that_holds_the_home_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "work/input");
        var home = Directory.CreateDirectory(dir.Combine("users", "sam")).FullName;

        var problem = OutputGuard.Problem(dir.Combine("users"), new OutputGuard.Protected(input, null, dir.Combine("work"), home));

        Assert.NotNull(problem);
        Assert.Contains("your home folder", problem.Reason);
    }

    [Fact]
    public void The_file_system_root_is_refused()
    {
        var root = Path.GetPathRoot(Path.GetTempPath())!;

        var problem = OutputGuard.Problem(root, new OutputGuard.Protected("/nonexistent/input", null, "/nonexistent", null));

        Assert.NotNull(problem);
        Assert.Contains("root", problem.Reason);
    }

    [Fact]
    public void Folder_names_that_differ_only_in_case_are_told_apart_on_a_case_sensitive_file_system()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("Site"));
        var caseSensitive = !Directory.Exists(dir.Combine("site"));
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        var problem = OutputGuard.Problem(dir.Combine("INPUT"), new OutputGuard.Protected(input, null, dir.Combine("work"), null));

        if (caseSensitive) Assert.Null(problem);
        else Assert.Contains("the input folder", Assert.IsType<OutputRefusal>(problem).Reason);
        Assert.Equal(caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase, RealPath.ComparisonFor(input));
    }

    [Fact]
    public void A_link_as_the_output_is_followed_and_the_link_itself_survives()
    {
        using var dir = new TempDirectory();
        var real = Directory.CreateDirectory(dir.Combine("real-site")).FullName;
        Directory.CreateSymbolicLink(dir.Combine("site"), real);

        var first = HandbookPipeline.Build(Options(dir, dir.Combine("site")));
        var second = HandbookPipeline.Build(Options(dir, dir.Combine("site"), dir.Combine("input")));

        Assert.True(first.Published && second.Published);
        Assert.NotNull(new DirectoryInfo(dir.Combine("site")).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "index.html")));
    }

    [Fact]
    public void A_file_added_to_a_previous_output_is_kept_and_the_build_refused()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("site");
        Assert.True(HandbookPipeline.Build(Options(dir, output)).Published);
        dir.Write("site/CNAME", "stories.example.com");
        dir.Write("site/.git/HEAD", "ref: refs/heads/main");

        var result = HandbookPipeline.Build(Options(dir, output, dir.Combine("input")));

        Assert.False(result.Published);
        var refusal = Assert.Single(result.Diagnostics, d => d.Severity == Handbook.Diagnostics.Severity.Error);
        Assert.Contains(".git/HEAD, CNAME", refusal.Message);
        Assert.Equal("stories.example.com", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.Equal("ref: refs/heads/main", File.ReadAllText(Path.Combine(output, ".git", "HEAD")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_folder_that_looks_like_a_site_but_has_no_marker_is_refused()
    {
        using var dir = new TempDirectory();
        foreach (var file in new[] { "index.html", "404.html", "assets/search-index.js", "assets/site.js" }) dir.Write("mysite/" + file, "mine");
        dir.Write("mysite/thesis.txt", "irreplaceable");

        var result = HandbookPipeline.Build(Options(dir, dir.Combine("mysite")));

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        Assert.Equal("irreplaceable", File.ReadAllText(dir.Combine("mysite", "thesis.txt")));
        Assert.Equal("mine", File.ReadAllText(dir.Combine("mysite", "index.html")));
    }

    [Fact]
    public void The_marker_lists_every_file_the_build_wrote()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("site");

        Assert.True(HandbookPipeline.Build(Options(dir, output)).Published);

        var marker = File.ReadAllText(Path.Combine(output, OutputOwnership.MarkerFile));
        var listed = marker[(marker.IndexOf(OutputOwnership.ManifestHeader, StringComparison.Ordinal) + OutputOwnership.ManifestHeader.Length)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != OutputOwnership.MarkerFile);
        Assert.Equal(written.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void A_file_recorded_into_a_built_site_is_replaced_by_the_next_build()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("site");
        Assert.True(HandbookPipeline.Build(Options(dir, output)).Published);
        // As `handbook print` does with the PDFs it writes into the site.
        dir.Write("site/cheatsheet.pdf", "%PDF-1.7");
        OutputOwnership.Record(output, ["cheatsheet.pdf"]);

        var result = HandbookPipeline.Build(Options(dir, output, dir.Combine("input")));

        Assert.True(result.Published, string.Join('\n', result.Diagnostics.Select(d => d.Format())));
        Assert.False(File.Exists(Path.Combine(output, "cheatsheet.pdf")));
    }
}

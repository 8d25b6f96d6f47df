using System.Text;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Robustness;

/// <summary>Each kind of bad input gives diagnostics with a file and line, the right exit code, and never an exception.</summary>
public class BadInputTests
{
    private const string Front = "---\ntitle: Bad\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nmetrics: [\"errors 4% -> 1%\"]\ntradeoff: chose a rollback over a fix\n---\n";

    public static TheoryData<string, int> Cases => new()
    {
        { "broken-yaml", ExitCodes.ValidationFailed },
        { "front-matter-list", ExitCodes.ValidationFailed },
        { "front-matter-scalar", ExitCodes.ValidationFailed },
        { "wrong-types", ExitCodes.ValidationFailed },
        { "unterminated", ExitCodes.ValidationFailed },
        { "empty-file", ExitCodes.ValidationFailed },
        { "only-front-matter", ExitCodes.ValidationFailed },
        { "deep-nesting", ExitCodes.ValidationFailed },
        { "invalid-utf8", ExitCodes.Unusable },
        { "nul-bytes", ExitCodes.Unusable },
        { "ten-megabytes", ExitCodes.Unusable },
        { "utf16-bom", ExitCodes.Success },
        { "not-markdown", ExitCodes.Success },
        { "directory-named-like-a-story", ExitCodes.Success },
        { "symlink-loop", ExitCodes.Success },
    };

    private static void Write(string stories, string kind)
    {
        var path = Path.Combine(stories, kind + ".md");
        switch (kind)
        {
            case "broken-yaml": File.WriteAllText(path, "---\ntitle: [unclosed\nlevel: mid\n---\n"); break;
            case "front-matter-list": File.WriteAllText(path, "---\n- a\n- b\n---\n"); break;
            case "front-matter-scalar": File.WriteAllText(path, "---\njust words\n---\n"); break;
            case "wrong-types": File.WriteAllText(path, "---\ntitle: T\ncompetencies: ownership\npatterns: [mistake]\nlevel: 3\n---\n"); break;
            case "unterminated": File.WriteAllText(path, "---\ntitle: T\n\n## Situation\nNo closing fence.\n"); break;
            case "empty-file": File.WriteAllText(path, ""); break;
            case "only-front-matter": File.WriteAllText(path, "---\ntitle: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\n---\n"); break;
            case "deep-nesting": File.WriteAllText(path, Front + "\n## Action\n" + new string('>', 20_000) + " deep\n"); break;
            case "invalid-utf8": File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Front), 0xC3, 0x28]); break;
            case "nul-bytes": File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Front), 0x61, 0x00, 0x62]); break;
            case "ten-megabytes": File.WriteAllText(path, Front + new string('x', 10 * 1024 * 1024)); break;
            case "utf16-bom": File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(File.ReadAllText(Path.Combine(Paths.SampleInput, "stories", "search-latency-cache.md")).Replace("search-latency", "x"))]); break;
            case "not-markdown": File.WriteAllText(Path.Combine(stories, "notes.txt"), "a note"); break;
            case "directory-named-like-a-story": Directory.CreateDirectory(path); break;
            case "symlink-loop": Directory.CreateSymbolicLink(Path.Combine(stories, "loop"), stories); break;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_diagnosed_with_file_and_line_never_thrown(string kind, int exitCode)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var stories = Path.Combine(input, "stories");
        Write(stories, kind);

        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = input, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        });

        Assert.Equal(exitCode, result.ExitCode);
        Assert.True(result.StoryCount >= 8, "the good stories are still read");
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Path.Length > 0, d.Format()));
        if (exitCode != ExitCodes.Success)
        {
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.Path.Contains(kind, StringComparison.Ordinal));
            Assert.False(result.Published);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Unreadable_file_is_exit_code_two()
    {
        // Root reads any file, and Windows has no Unix modes: there the case cannot be made.
        if (Environment.UserName == "root" || OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = Path.Combine(input, "stories", "search-latency-cache.md");
        File.SetUnixFileMode(story, UnixFileMode.None);

        var result = HandbookPipeline.Check(new BuildOptions { InputDirectory = input, WorkingDirectory = dir.Path });

        Assert.Equal(ExitCodes.Unusable, result.ExitCode);
        File.SetUnixFileMode(story, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Theory]
    [InlineData("theme")]
    [InlineData(".")]
    [InlineData("..")]
    public void Output_folder_that_would_replace_the_theme_or_the_working_folder_is_refused(string output)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var theme = dir.CopyFrom(Paths.Theme, "theme");

        var result = HandbookPipeline.Build(new BuildOptions { InputDirectory = input, OutputDirectory = output, ThemeDirectory = theme, WorkingDirectory = dir.Path });

        Assert.False(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("refusing"));
        Assert.True(File.Exists(Path.Combine(theme, "layouts", "base.sbn-html")));
    }
}

public class FuzzRegressionTests
{
    [Fact]
    public void Emphasis_nested_past_the_renderers_limit_is_a_diagnostic_not_a_crash()
    {
        // Found by the long fuzz run (seed 20261122, iteration 15675): the body parses, rendering a section does not.
        var bag = new Handbook.Diagnostics.DiagnosticBag();
        var story = Handbook.Reading.StoryReader.Read(Paths.Fixture("Stories", "fuzz-deep-emphasis.md"), bag)!;
        var index = Handbook.Indexing.SiteIndex.Build([story], Stories.DefaultConfig, includeDrafts: true);

        var files = new Handbook.Rendering.SiteRenderer(index, Stories.DefaultConfig, new Handbook.Rendering.Theme(Paths.Theme), bag) { Pages = Handbook.Pipeline.SitePages.For() }.Render();

        Assert.Contains(bag.Sorted(), d => d.RuleId == Handbook.Reading.RuleIds.Markdown && d.Location.Line >= 1);
        Assert.Contains(files, f => f.Path.StartsWith("stories/", StringComparison.Ordinal));
    }
}

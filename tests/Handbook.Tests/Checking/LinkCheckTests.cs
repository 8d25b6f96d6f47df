using Handbook.Diagnostics;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Checking;

public class LinkCheckTests
{
    // One good link, one link to a page that does not exist, one anchor the target page does not have.
    private const string PrepPage = """
        <h1>Prep</h1>
        <p><a href="{{ page.root }}questions.html">Question bank</a></p>
        <p><a href="{{ page.root }}storis/index.html">All stories</a></p>
        <p><a href="{{ page.root }}coverage.html#no-such-table">Coverage</a></p>
        """;

    private static BuildResult Build(TempDirectory dir, string input) => HandbookPipeline.Build(new BuildOptions
    {
        InputDirectory = input, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
    });

    // The sample's handbook.yml already has a rules: map; add the setting to it.
    private static void SetRule(string input, string severity)
    {
        var file = Path.Combine(input, "handbook.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("rules:\n", $"rules:\n  broken-link: {severity}\n"));
    }

    private static List<Diagnostic> BrokenLinks(BuildResult result) => result.Diagnostics.Where(d => d.RuleId == "broken-link").ToList();

    [Fact]
    public void The_default_theme_renders_the_sample_without_a_broken_link()
    {
        using var dir = new TempDirectory();

        var result = Build(dir, Paths.SampleInput);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(result.PageCount > 40);
        Assert.Empty(BrokenLinks(result));
    }

    [Fact]
    public void A_page_template_with_a_broken_link_and_a_broken_anchor_is_named_in_both_warnings()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var template = dir.Write("input/theme/pages/prep/plan.sbn-html", PrepPage);

        var result = Build(dir, input);

        Assert.Equal(ExitCodes.Success, result.ExitCode); // a warning by default
        var broken = BrokenLinks(result);
        Assert.Equal(2, broken.Count);
        Assert.All(broken, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(broken, d => Assert.Equal(Path.GetFullPath(template), d.Location.Path));
        Assert.All(broken, d => Assert.Contains("`prep/plan.html`", d.Message));
        var page = Assert.Single(broken, d => d.Message.Contains("storis/index.html"));
        Assert.Equal(3, page.Location.Line);
        var anchor = Assert.Single(broken, d => d.Message.Contains("#no-such-table"));
        Assert.Equal(4, anchor.Location.Line);
        Assert.Contains("`coverage.html` does not have", anchor.Message);
    }

    [Fact]
    public void Broken_link_set_to_error_fails_the_build_and_keeps_the_previous_site()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        Assert.Equal(ExitCodes.Success, Build(dir, input).ExitCode);
        dir.Write("input/theme/pages/plan.sbn-html", PrepPage);
        SetRule(input, "error");

        var result = Build(dir, input);

        Assert.Equal(ExitCodes.ValidationFailed, result.ExitCode);
        Assert.Equal(2, BrokenLinks(result).Count(d => d.IsError));
        Assert.False(File.Exists(dir.Combine("site", "plan.html")));
    }

    [Fact]
    public void Broken_link_set_to_off_reports_nothing()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/pages/plan.sbn-html", PrepPage);
        SetRule(input, "off");

        Assert.Empty(BrokenLinks(Build(dir, input)));
    }

    [Fact]
    public void A_broken_navigation_link_in_a_partial_is_reported_once_at_the_partial()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var footer = File.ReadAllText(Path.Combine(Paths.Theme, "partials", "footer.sbn-html"));
        var partial = dir.Write("input/theme/partials/footer.sbn-html", footer + "\n<a href=\"{{ page.root }}about-me.html\">About</a>\n");

        var result = Build(dir, input);

        var broken = Assert.Single(BrokenLinks(result));
        Assert.Equal(Path.GetFullPath(partial), broken.Location.Path);
        Assert.Contains("about-me.html", broken.Message);
        Assert.Contains("more pages", broken.Message);
    }

    [Fact]
    public void A_broken_anchor_written_in_a_story_is_reported_at_the_story_line()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = Directory.EnumerateFiles(Path.Combine(input, "stories"), "*.md").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(story).ToList();
        lines.Add("");
        lines.Add("See [the numbers](#no-such-section) and [the bank](../questions.html).");
        File.WriteAllLines(story, lines);

        var broken = Assert.Single(BrokenLinks(Build(dir, input)));

        Assert.Equal(Path.GetFullPath(story), broken.Location.Path);
        Assert.Equal(lines.Count, broken.Location.Line);
        Assert.Contains("#no-such-section", broken.Message);
    }

    [Fact]
    public void A_story_link_to_an_unpublished_story_is_reported_once()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = Directory.EnumerateFiles(Path.Combine(input, "stories"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(story, "\nSee [the other one](no-such-story.md).\n");

        var broken = Assert.Single(BrokenLinks(Build(dir, input)));

        Assert.Equal(Path.GetFullPath(story), broken.Location.Path);
        Assert.Contains("no-such-story.md", broken.Message);
    }

    [Fact]
    public void A_rebuild_in_serve_parses_only_the_pages_that_changed()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        var options = new BuildOptions { InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, Cache = cache };
        var first = HandbookPipeline.Render(options);
        var parsedFirst = cache.Links.PagesParsed;

        var second = HandbookPipeline.Render(options);

        Assert.Equal(first.PageCount, parsedFirst);
        Assert.Equal(parsedFirst, cache.Links.PagesParsed);
        Assert.Empty(BrokenLinks(second));
    }

    // The sample has 8 published stories; a limit of 5 makes it "large" without generating a thousand stories.
    internal static string SampleWithMaxStories(TempDirectory dir, int maxStories)
    {
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.AppendAllText(Path.Combine(input, "handbook.yml"), $"\noptions:\n  broken-link: {{ maxStories: {maxStories} }}\n");
        dir.Write("input/theme/pages/prep/plan.sbn-html", PrepPage);
        return input;
    }

    [Fact]
    public void Above_maxStories_the_link_check_is_skipped_and_the_result_says_so()
    {
        using var dir = new TempDirectory();
        var input = SampleWithMaxStories(dir, 5);

        var result = Build(dir, input);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(BrokenLinks(result));
        Assert.True(result.LinkCheckSkipped);
    }

    [Fact]
    public void Check_links_checks_the_site_at_any_size()
    {
        using var dir = new TempDirectory();
        var input = SampleWithMaxStories(dir, 5);

        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = input, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, CheckLinks = true,
        });

        Assert.Equal(2, BrokenLinks(result).Count);
        Assert.False(result.LinkCheckSkipped);
    }

    [Fact]
    public void At_or_below_maxStories_the_link_check_runs()
    {
        using var dir = new TempDirectory();
        var input = SampleWithMaxStories(dir, 8);

        var result = Build(dir, input);

        Assert.Equal(2, BrokenLinks(result).Count);
        Assert.False(result.LinkCheckSkipped);
    }
}

using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Integration;

public class PageTemplateTests
{
    // The example of the README's "Theming" section.
    private const string AmazonLoop = """
        {{ page.title = "Amazon loop" }}
        <h1>{{ page.title }}</h1>
        {{ for level in site.levels }}{{ if level.stories }}
        <h2><a href="{{ page.root }}{{ level.url }}">{{ level.title }}</a></h2>
        <ul>
          {{ for story in level.stories }}<li><a href="{{ page.root }}{{ story.url }}">{{ story.title }}</a>:
          {{ story.metrics[0] }}</li>{{ end }}
        </ul>
        {{ end }}{{ end }}
        """;

    private static BuildResult Build(TempDirectory dir, string input) => HandbookPipeline.Build(new BuildOptions
    {
        InputDirectory = input, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
    });

    [Fact]
    public void A_page_template_in_a_subfolder_becomes_a_page_whose_links_work_from_disk()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/pages/prep/amazon.sbn-html", AmazonLoop);

        var result = Build(dir, input);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var html = File.ReadAllText(dir.Combine("site", "prep", "amazon.html"));
        Assert.Contains("<title>Amazon loop · ", html);
        Assert.Contains("href=\"../stories/", html);
        Assert.Contains("href=\"../levels/senior.html\"", html);
        Assert.Contains("href=\"../assets/style.css\"", html); // wrapped in the base layout, from its folder
        Assert.Empty(SiteChecks.BrokenLinks(dir.Combine("site")));
    }

    [Fact]
    public void A_page_template_lists_every_published_story_in_site_order()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/pages/all.sbn-html", "{{ for s in site.stories }}[{{ s.title }}|{{ s.level }}]{{ end }}");

        Assert.Equal(ExitCodes.Success, Build(dir, input).ExitCode);

        var html = File.ReadAllText(dir.Combine("site", "all.html"));
        var home = File.ReadAllText(dir.Combine("site", "index.html"));
        var titles = System.Text.RegularExpressions.Regex.Matches(html, @"\[([^|]+)\|").Select(m => m.Groups[1].Value).ToList();
        var cardTitles = System.Text.RegularExpressions.Regex.Matches(home, "<h3 class=\"card-title\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(8, titles.Count);
        Assert.Equal(cardTitles, titles);
    }

    [Fact]
    public void A_page_template_that_would_replace_a_handbook_page_is_an_error()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/pages/questions.sbn-html", "mine");

        var result = Build(dir, input);

        Assert.Equal(ExitCodes.ValidationFailed, result.ExitCode);
        var problem = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("template", problem.RuleId);
        Assert.EndsWith("questions.sbn-html", problem.Location.Path);
    }

    [Fact]
    public void A_broken_page_template_fails_the_build_naming_its_file_and_keeps_the_previous_site()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        Assert.Equal(ExitCodes.Success, Build(dir, input).ExitCode);
        var before = File.ReadAllText(dir.Combine("site", "index.html"));
        dir.Write("input/theme/pages/prep/broken.sbn-html", "<p>\n{{ for s in site.stories }}\n");

        var result = Build(dir, input);

        Assert.Equal(ExitCodes.ValidationFailed, result.ExitCode);
        var problem = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("template", problem.RuleId);
        Assert.EndsWith(Path.Combine("prep", "broken.sbn-html"), problem.Location.Path);
        Assert.Matches(@"broken\.sbn-html:\d+:\d+: error template: ", problem.Format());
        Assert.Equal(before, File.ReadAllText(dir.Combine("site", "index.html")));
        Assert.False(File.Exists(dir.Combine("site", "prep", "broken.html")));
    }

    [Fact]
    public void A_page_template_can_use_Scribans_built_in_functions_and_read_dates_and_timespans()
    {
        // The same fixture is built by the native tool in CI (.ci/run) and compared with this build to the byte:
        // ahead-of-time compilation must not trim away what a site's own templates reach by reflection.
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/pages/builtins.sbn-html", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Theme", "builtins.sbn-html")));

        Assert.Equal(ExitCodes.Success, Build(dir, input).ExitCode);

        var html = File.ReadAllText(dir.Combine("site", "builtins.html"));
        Assert.Contains("<p id=\"string\">ABC|ell|2|t|a+b</p>", html);
        Assert.Contains("<p id=\"array\">1,2,3|3|2</p>", html);
        Assert.Contains("<p id=\"math\">4|2|007</p>", html);
        Assert.Contains("<p id=\"regex\">aXc|number|true</p>", html);
        Assert.Contains("<p id=\"date\">2024|3|Saturday|02/03/2024</p>", html);
        Assert.Contains("<p id=\"timespan\">30|2</p>", html);
    }
}

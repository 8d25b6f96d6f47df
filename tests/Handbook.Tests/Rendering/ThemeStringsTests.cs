using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

public class ThemeStringsTests
{
    private static (BuildResult Result, string Site) Build(TempDirectory dir, string? strings = null, string? theme = null)
    {
        dir.Write("input/stories/own.md", Stories.Compose("title: Owned the outage\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior"));
        if (strings is not null) dir.Write("input/theme/strings.yml", strings);
        var site = dir.Combine("site");
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = dir.Combine("input"), OutputDirectory = site, ThemeDirectory = theme ?? Paths.Theme, WorkingDirectory = dir.Path,
        });
        return (result, site);
    }

    private static string Page(string site, string path) => File.ReadAllText(Path.Combine(site, path));

    [Fact]
    public void A_key_in_the_override_file_replaces_the_theme_copy_and_every_other_key_is_kept()
    {
        using var dir = new TempDirectory();

        var (result, site) = Build(dir, "nav:\n  practice: Drill\nquestions:\n  title: Questions asked\n");

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        var home = Page(site, "index.html");
        Assert.Contains(">Drill<", home);
        Assert.DoesNotContain(">Practice<", home);
        Assert.Contains(">Cheat sheet<", home);
        Assert.Contains("<title>Questions asked · ", Page(site, "questions.html"));
        Assert.Contains("Every question pattern and the stories that answer it.", Page(site, "questions.html"));
    }

    [Fact]
    public void Copy_from_the_strings_file_is_text_not_markup()
    {
        using var dir = new TempDirectory();

        var (result, site) = Build(dir, "nav:\n  practice: \"<img src=x onerror=alert(1)>\"\n");

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        var home = Page(site, "index.html");
        Assert.DoesNotContain("<img src=x", home);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", home);
    }

    [Fact]
    public void A_malformed_strings_file_is_one_error_at_its_line_and_nothing_is_published()
    {
        using var dir = new TempDirectory();

        var (result, _) = Build(dir, "nav:\n  practice: Drill\n  coverage: [unclosed\n");

        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(RuleIds.YamlSyntax, error.RuleId);
        Assert.EndsWith(Path.Combine("theme", "strings.yml"), error.Location.Path);
        Assert.InRange(error.Location.Line, 3, 4);
    }

    [Fact]
    public void A_strings_file_that_is_not_a_mapping_is_an_error_naming_the_file()
    {
        using var dir = new TempDirectory();

        var (result, _) = Build(dir, "- Stories\n- Questions\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(RuleIds.Theme, error.RuleId);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void A_theme_without_a_strings_file_gets_the_default_copy()
    {
        using var dir = new TempDirectory();
        var theme = dir.Combine("bare-theme");
        foreach (var file in Directory.EnumerateFiles(Paths.Theme, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "strings.yml"))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(Paths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var (result, site) = Build(dir, theme: theme);

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.Contains("<title>Cheat sheet · ", Page(site, "cheatsheet.html"));
    }

    [Fact]
    public void Coverage_gaps_are_sentences_from_the_strings_file_with_the_competency_and_the_aim()
    {
        using var dir = new TempDirectory();

        var (result, site) = Build(dir, "coverage:\n  noStory: \"No story yet for {competency} (want {aim})\"\n");

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        var coverage = Page(site, "coverage.html");
        Assert.Contains("No story yet for Mentoring (want 2) A story for", coverage);
        Assert.Contains(" is asked often and has no story yet.", coverage);
        Assert.Contains("Ownership has only 1 story; aim for 2.", coverage);
    }

    private static Handbook.Rendering.ThemeStrings Strings(TempDirectory dir, string overrides)
    {
        dir.Write("overrides/strings.yml", overrides);
        return Handbook.Rendering.ThemeStrings.Load(new Handbook.Rendering.Theme(Paths.Theme, dir.Combine("overrides")), new Handbook.Diagnostics.DiagnosticBag());
    }

    [Fact]
    public void A_count_takes_the_zero_form_only_where_the_strings_give_one()
    {
        using var dir = new TempDirectory();
        var strings = Strings(dir, "home:\n  stories: { other: \"{count} tales\" }\n");

        Assert.Equal("0 tales", strings.Count("home.stories", 0));
        Assert.Equal("1 story", strings.Count("home.stories", 1));
        Assert.Equal("12 tales", strings.Count("home.stories", 12));
        Assert.Equal("no story yet", strings.Count("axes.stories", 0));
    }

    [Fact]
    public void A_value_that_holds_a_placeholder_is_written_as_it_is()
    {
        using var dir = new TempDirectory();
        var strings = Strings(dir, "target:\n  retold: \"{story} in {rounds}\"\n");

        Assert.Equal("{rounds} in 1 and 3", strings.Format("target.retold", ("story", "{rounds}"), ("rounds", "1 and 3")));
    }

    [Fact]
    public void A_target_value_without_prompts_is_drilled_with_the_strings_sentence()
    {
        using var dir = new TempDirectory();
        dir.Write("input/targets/acme.yml", "title: Acme\nvalues:\n  - id: own-it\n    title: Own it\n    competencies: [ownership]\nrounds:\n  - title: Manager\n    values: [own-it]\n");

        var (result, site) = Build(dir, "practice:\n  valuePrompt: \"Show me {value}, please.\"\n");

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.Contains("Show me Own it, please.", Page(site, "assets/practice-data.js"));
    }

    [Fact]
    public void A_key_the_theme_does_not_have_is_a_warning_at_its_line()
    {
        using var dir = new TempDirectory();

        var (result, _) = Build(dir, "nav:\n  practise: Drill\nhome:\n  stories: { zero: no stories yet }\n");

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Theme);
        Assert.Equal(Handbook.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Contains("`nav.practise`", warning.Message);
        Assert.Equal(2, warning.Location.Line);
    }
}

using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Reading;

public class SchemaDiagnosticsTests
{
    [Fact]
    public void Malformed_yaml_reports_its_line_in_the_file()
    {
        var diagnostic = Stories.CheckFixture("bad-yaml.md").Single(RuleIds.YamlSyntax);

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.EndsWith("bad-yaml.md", diagnostic.Location.Path);
    }

    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        var diagnostics = Stories.CheckFixture("missing-fields.md").Where(d => d.RuleId == RuleIds.RequiredField).ToList();

        Assert.Equal(3, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Message.Contains("`competencies`"));
        Assert.Contains(diagnostics, d => d.Message.Contains("`patterns`"));
        Assert.Contains(diagnostics, d => d.Message.Contains("`level`"));
    }

    [Fact]
    public void Empty_title_is_a_required_field_error_at_its_line()
    {
        var text = Stories.Compose(frontMatter: "title: \"\"\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid");
        var diagnostic = Stories.Check(text).Single(RuleIds.RequiredField);

        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Contains("empty", diagnostic.Message);
    }

    [Fact]
    public void Invalid_level_suggests_the_nearest_level()
    {
        var diagnostic = Stories.CheckFixture("invalid-level.md").Single(RuleIds.InvalidLevel);

        Assert.Equal(5, diagnostic.Location.Line);
        Assert.Contains("did you mean `senior`?", diagnostic.Help);
    }

    [Fact]
    public void Unknown_competency_suggests_the_nearest_id()
    {
        var diagnostic = Stories.CheckFixture("unknown-ids.md").Single("unknown-competency");

        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("`ownershp`", diagnostic.Message);
        Assert.Contains("did you mean `ownership`?", diagnostic.Help);
    }

    [Fact]
    public void Unknown_pattern_is_an_error_at_the_patterns_field()
    {
        var diagnostic = Stories.CheckFixture("unknown-ids.md").Single("unknown-pattern");

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public void Wrong_types_are_reported_at_their_fields()
    {
        var diagnostics = Stories.CheckFixture("wrong-types.md");

        Assert.Contains(diagnostics, d => d.RuleId == RuleIds.InvalidFieldType && d.Location.Line == 2 && d.Message.Contains("`title`"));
        Assert.Contains(diagnostics, d => d.RuleId == RuleIds.InvalidFieldType && d.Location.Line == 3 && d.Help.Contains("[ownership]"));
        Assert.Contains(diagnostics, d => d.RuleId == RuleIds.InvalidLevel && d.Location.Line == 5);
    }

    [Fact]
    public void Every_diagnostic_formats_as_one_compiler_style_line()
    {
        foreach (var diagnostic in Stories.CheckFixture("wrong-types.md"))
        {
            var line = diagnostic.Format();
            Assert.DoesNotContain('\n', line);
            Assert.Matches(@"^.+wrong-types\.md:\d+:\d+: (error|warning) [a-z-]+: .+", line);
        }
    }
}

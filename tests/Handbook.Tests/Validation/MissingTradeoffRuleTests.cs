using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Tests.Support;
using Handbook.Validation.Rules;

namespace Handbook.Tests.Validation;

public class MissingTradeoffRuleTests
{
    private const string Rule = "missing-tradeoff";

    [Fact]
    public void Story_without_tradeoff_section_or_field_is_missing_tradeoff()
    {
        var diagnostic = Stories.CheckFixture("no-tradeoff.md").Single(Rule);

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(17, diagnostic.Location.Line);
        Assert.Contains("## Trade-off", diagnostic.Help);
    }

    [Fact]
    public void Placeholder_section_and_field_do_not_count()
    {
        var diagnostic = Stories.CheckFixture("placeholder-tradeoff.md").Single(Rule);

        Assert.Equal(18, diagnostic.Location.Line);
        Assert.Contains("placeholder", diagnostic.Message);
    }

    [Fact]
    public void An_empty_bold_tradeoff_label_is_missing_tradeoff_at_its_line()
    {
        var diagnostic = Stories.CheckFixture("empty-bold-tradeoff-label.md").Single(Rule);

        Assert.Equal(18, diagnostic.Location.Line);
        Assert.Contains("label is empty", diagnostic.Message);
    }

    [Fact]
    public void Tradeoff_field_alone_satisfies_the_rule()
    {
        Assert.DoesNotContain(Stories.CheckFixture("tradeoff-field-only.md"), d => d.RuleId == Rule);
    }

    [Fact]
    public void Tradeoffs_heading_spelling_satisfies_the_rule()
    {
        Assert.DoesNotContain(Stories.CheckFixture("metric-in-field-only.md"), d => d.RuleId == Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TODO")]
    [InlineData("TBD: fill in later")]
    [InlineData("N/A")]
    [InlineData("-")]
    [InlineData("none")]
    [InlineData("Cost.")]
    public void Placeholders_are_not_real_text(string text)
    {
        Assert.False(MissingTradeoffRule.IsRealText(text));
    }

    [Fact]
    public void Short_real_tradeoff_is_real_text()
    {
        Assert.True(MissingTradeoffRule.IsRealText("Chose consistency over latency."));
    }

    [Fact]
    public void Empty_field_without_section_points_at_the_field()
    {
        var text = Stories.Compose(
            frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\ntradeoff: \"-\"",
            tradeoff: null);

        var diagnostic = Stories.Check(text).Single(Rule);
        Assert.Equal(6, diagnostic.Location.Line);
    }
}

using Handbook.Diagnostics;
using Handbook.Tests.Support;

namespace Handbook.Tests.Validation;

public class MissingMetricRuleTests
{
    private const string Rule = "missing-metric";

    [Fact]
    public void Complete_story_has_no_errors()
    {
        Assert.DoesNotContain(Stories.CheckFixture("complete.md"), d => d.IsError);
    }

    [Fact]
    public void Result_without_number_is_missing_metric()
    {
        var diagnostic = Stories.CheckFixture("no-metric.md").Single(Rule);

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(20, diagnostic.Location.Line);
        Assert.Contains("Result", diagnostic.Message);
        Assert.Contains("metrics:", diagnostic.Help);
    }

    [Fact]
    public void Number_in_situation_only_is_a_baseline_not_a_result()
    {
        var text = Stories.Compose(situation: "Search p99 was 850 ms at 1,200 requests a second.", result: "Search got much faster.");

        Assert.Single(Stories.Check(text), d => d.RuleId == Rule);
    }

    [Fact]
    public void Bare_year_in_result_is_not_a_metric()
    {
        Stories.CheckFixture("year-only-result.md").Single(Rule);
    }

    [Fact]
    public void Quantified_metrics_field_satisfies_the_rule()
    {
        Assert.DoesNotContain(Stories.CheckFixture("metric-in-field-only.md"), d => d.RuleId == Rule);
    }

    [Fact]
    public void Metrics_field_without_numbers_does_not_count()
    {
        var text = Stories.Compose(
            frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nmetrics: [\"much faster\"]",
            result: null);

        var diagnostic = Stories.Check(text).Single(Rule);
        Assert.Equal(6, diagnostic.Location.Line);
    }

    [Fact]
    public void Story_without_result_points_at_the_body()
    {
        var diagnostic = Stories.Check(Stories.Compose(result: null)).Single(Rule);

        Assert.Contains("no Result section", diagnostic.Message);
        Assert.Equal(7, diagnostic.Location.Line);
    }

    [Fact]
    public void Crlf_bom_story_reports_the_same_line_as_lf()
    {
        var diagnostic = Stories.CheckFixture("no-metric-crlf-bom.md").Single(Rule);

        Assert.Equal(20, diagnostic.Location.Line);
    }

    [Fact]
    public void Rule_can_be_turned_off_in_configuration()
    {
        var config = Stories.DefaultConfig with { Rules = new Dictionary<string, Severity> { [Rule] = Severity.Off } };

        Assert.DoesNotContain(Stories.Check(Stories.Compose(result: "It got better."), config: config), d => d.RuleId == Rule);
    }

    [Fact]
    public void Rule_can_be_lowered_to_a_warning()
    {
        var config = Stories.DefaultConfig with { Rules = new Dictionary<string, Severity> { [Rule] = Severity.Warning } };

        var diagnostic = Stories.Check(Stories.Compose(result: "It got better."), config: config).Single(Rule);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }
}

using Handbook.Analysis;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Validation;

public class OutcomeDetectorTests
{
    [Theory]
    [InlineData("error rate dropped from 1.2% to 0.05%")]
    [InlineData("p99 went 850 ms -> 320 ms")]
    [InlineData("from twelve minutes to two")]
    [InlineData("from about 40 a week down to 6")]
    [InlineData("cost is down from $9k a month")]
    [InlineData("I reduced p99 by 40%")]
    [InlineData("we saved $40k a year")]
    [InlineData("I cut the build in half")]
    [InlineData("throughput doubled")]
    public void Changes_with_a_baseline_are_found(string text)
    {
        var change = Assert.Single(OutcomeDetector.Find(text));
        Assert.True(change.HasBaseline, text);
    }

    [Theory]
    [InlineData("availability improved to 99.95%")]
    [InlineData("errors fell to 3%")]
    public void An_end_state_is_a_change_without_a_baseline(string text)
    {
        var change = Assert.Single(OutcomeDetector.Find(text));
        Assert.False(change.HasBaseline);
    }

    [Theory]
    [InlineData("From 2019 to 2021 I owned it.")]
    [InlineData("We moved from v1 to v2.")]
    [InlineData("Version 2020 -> 2021 of the spec.")]
    [InlineData("It improved a lot.")]
    [InlineData("We went from Jenkins to GitHub Actions.")]
    public void Dates_versions_and_words_are_not_changes(string text)
    {
        Assert.Empty(OutcomeDetector.Find(text));
    }

    [Fact]
    public void Change_under_action_is_an_outcome_and_the_result_is_recommended()
    {
        var text = Stories.Compose(action: "I added request coalescing; the error rate dropped from 1.2% to 0.05%.", result: "The spike is gone.");
        var diagnostics = Stories.Check(text);

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "missing-metric");
        Assert.Contains("dropped from 1.2% to 0.05%", diagnostics.Single("outcome-placement").Message);
    }

    [Fact]
    public void Change_in_the_situation_is_a_baseline_not_an_outcome()
    {
        var text = Stories.Compose(situation: "Errors had risen from 0.1% to 2% over a month.", result: "The errors went away.");

        Stories.Check(text).Single("missing-metric");
    }

    [Fact]
    public void Words_in_the_result_satisfy_missing_metric()
    {
        var text = Stories.Compose(result: "The four-day backfill finished with zero customer-visible errors.");

        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "missing-metric");
    }
}

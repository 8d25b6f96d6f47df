using Handbook.Analysis;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Validation;

/// <summary>The trade-off markers, and the labelled near misses that must still fail.</summary>
public class TradeoffDetectorTests
{
    [Theory]
    [InlineData("Trade-off: memory grew 22%.")]
    [InlineData("Tradeoff - we lost global ordering.")]
    [InlineData("The trade-off was a slower first deploy.")]
    [InlineData("This came at the cost of 12% more CPU, which we accepted.")]
    [InlineData("We chose Kafka over SQS because ordering mattered.")]
    [InlineData("I went with a rollback rather than a hotfix.")]
    [InlineData("I gave up two sprints of roadmap work.")]
    [InlineData("We sacrificed write latency for durability.")]
    [InlineData("I rejected sharding because the data fit on one node.")]
    [InlineData("I ruled out a rewrite.")]
    [InlineData("The downside was five minutes of cache staleness.")]
    [InlineData("I traded freshness for speed.")]
    [InlineData("I accepted a 30 ms increase in p50.")]
    [InlineData("We considered a blue-green deploy but it would have doubled the hardware bill.")]
    [InlineData("Instead of a rewrite I patched the parser, because the deadline was fixed.")]
    [InlineData("It cost us a week of feature work.")]
    [InlineData("Bigger pods were an option, but I ruled it out as too costly.")]
    [InlineData("I used disk instead of bigger pods, which meant 15% more disk I/O.")]
    [InlineData("The price we paid was 15% more disk I/O.")]
    [InlineData("I went with a queue; the alternative, a bigger box, would have cost $3k a month more.")]
    public void Stated_tradeoffs_are_found(string sentence)
    {
        Assert.NotEmpty(TradeoffDetector.Find(sentence));
    }

    /// <summary>Near misses: they mention trade-offs, costs or giving up, yet state no sacrifice.</summary>
    [Theory]
    [InlineData("Everyone praised the design and it shipped on time.")]
    [InlineData("There was no trade-off: the new index was simply better.")]
    [InlineData("We improved latency without sacrificing anything.")]
    [InlineData("I never gave up on the migration.")]
    [InlineData("I almost gave up.")]
    [InlineData("It cost us nothing extra.")]
    [InlineData("The trade-offs were discussed in the design review.")]
    [InlineData("We considered the trade-offs carefully.")]
    [InlineData("The cost of the outage was $40k.")]
    [InlineData("At no cost to users, we shipped it.")]
    [InlineData("Instead of guessing, I measured.")]
    [InlineData("We had no downside.")]
    [InlineData("Leadership accepted the proposal.")]
    [InlineData("The rollout went smoothly with zero trade-offs.")]
    [InlineData("I didn't have to give up anything.")]
    [InlineData("The choice was obvious and the team loved it.")]
    [InlineData("I streamed large images to disk.\n\n**Trade-off:**")]
    [InlineData("I streamed large images to disk.\n\n**Trade-off:** None.")]
    [InlineData("I streamed large images to disk.\n\n**Trade-off:** N/A")]
    [InlineData("I streamed large images to disk.\n\n*Trade-off:* there was no real trade-off.")]
    public void Near_misses_state_no_tradeoff(string sentence)
    {
        Assert.Empty(TradeoffDetector.Find(sentence));
    }

    [Theory]
    [InlineData("None really, it was a clear win.")]
    [InlineData("There was no real trade-off; the new design was simply better.")]
    [InlineData("N/A")]
    [InlineData("I didn't have to sacrifice anything to get this.")]
    [InlineData("We didn't give anything up.")]
    [InlineData("It came at no cost to the team.")]
    public void A_tradeoff_section_that_denies_one_fails(string section)
    {
        var diagnostic = Stories.Check(Stories.Compose(tradeoff: section, action: "I profiled the hot path and shipped the fix.")).Single("missing-tradeoff");

        Assert.Equal(Handbook.Diagnostics.Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_tradeoff_label_inside_the_result_counts()
    {
        var text = Stories.Compose(tradeoff: null, result: "Reads fell from 9k to 100 a second.\n\nTrade-off: memory grew 22%.");

        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "missing-tradeoff");
    }

    [Fact]
    public void A_cost_stated_in_the_action_counts()
    {
        var text = Stories.Compose(tradeoff: null, action: "I encrypted the log at the cost of 12% more CPU, which we accepted.");

        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "missing-tradeoff");
    }

    [Fact]
    public void A_praised_answer_with_no_cost_fails()
    {
        var text = Stories.Compose(tradeoff: null, action: "I designed the cache and everyone praised it.", result: "p99 fell from 900 ms to 200 ms and the VP loved it.");

        Stories.Check(text).Single("missing-tradeoff");
    }
}

using Handbook.Analysis;
using Handbook.Validation;

namespace Handbook.Tests.Validation;

public class QuantityDetectorTests
{
    [Theory]
    [InlineData("p99 fell from 850 ms to 320 ms")]
    [InlineData("errors dropped to 0.3%")]
    [InlineData("a 3x improvement")]
    [InlineData("throughput grew ×4")]
    [InlineData("we saved $40k a year")]
    [InlineData("cost fell by €1,200 a month")]
    [InlineData("served 12k TPS")]
    [InlineData("40 services migrated")]
    [InlineData("cut it to 9 minutes")]
    [InlineData("22% more memory")]
    [InlineData("went from 46 -> 7")]
    [InlineData("latency 850 → 320")]
    [InlineData("from 40 to 12 a week")]
    [InlineData("3 flaky alerts removed")]
    [InlineData("1.2 billion rows")]
    [InlineData("handles 2048 connections")]
    [InlineData("grew to 5MB")]
    [InlineData("under 45 ms")]
    [InlineData("4 long-running batch jobs")]
    [InlineData("12 extraordinarily-well-instrumented services")]
    [InlineData("£300 saved")]
    [InlineData("We removed a third of the memory use.")]
    [InlineData("Two-thirds of the pages went away.")]
    [InlineData("Memory use dropped by roughly a quarter.")]
    [InlineData("OOM kills went from twelve a week to two.")]
    [InlineData("We went from one deploy a week to ten a day.")]
    [InlineData("MTTR 45 -> 9")]
    [InlineData("By the end we had moved the Payments 40 services onto the new cluster.")]
    [InlineData("The pipeline now runs on Kafka 3 brokers instead of the old cluster.")]
    [InlineData("I cut the Search 14 alarms down to 3.")]
    [InlineData("I migrated the Billing 22 cron jobs onto Temporal.")]
    [InlineData("TPS 800 -> 1200")]
    public void Quantified_outcomes_are_found(string text)
    {
        Assert.True(QuantityDetector.HasQuantity(text), text);
    }

    [Theory]
    [InlineData("In 2024 we finished the migration.")]
    [InlineData("It became much faster and significantly better.")]
    [InlineData("We moved to HTTP/2 and IPv6 on EC2.")]
    [InlineData("The p99 improved.")]
    [InlineData("Released v2 in Q3 2023.")]
    [InlineData("The 2nd attempt worked.")]
    [InlineData("It paged me at 3 am.")]
    [InlineData("We upgraded from 1.2.3 to the new version.")]
    [InlineData("From 2019 to 2021 I owned it.")]
    [InlineData("Step 3 of the plan.")]
    [InlineData("The 2024 roadmap changed.")]
    [InlineData("Version 2020 -> 2021 of the spec.")]
    [InlineData("We had 3 Of them.")]
    [InlineData("We upgraded from Postgres 11 to 15.")]
    [InlineData("We passed the SOC 2 audit.")]
    [InlineData("We got SOC 2 Type II and ISO 27001 certified.")]
    [InlineData("Shipped for iOS 17 and Android 14.")]
    [InlineData("Migrated to Postgres 15 and Node 20 ahead of the deadline.")]
    [InlineData("We upgraded Postgres 11 to 15 last spring.")]
    [InlineData("Everything moved from MySQL 5 to 8 on the way.")]
    public void Non_metrics_are_not_found(string text)
    {
        Assert.False(QuantityDetector.HasQuantity(text), text);
    }

    [Fact]
    public void Found_figures_carry_their_text_and_offset()
    {
        var found = QuantityDetector.Find("Errors fell to 0.3% and p99 to 320 ms.").ToList();

        Assert.Equal(["0.3%", "320 ms"], found.Select(q => q.Text));
        Assert.Equal(15, found[0].Offset);
    }

    [Fact]
    public void A_counted_noun_after_a_word_that_counts_nothing_is_part_of_the_figure()
    {
        var found = QuantityDetector.Find("We removed 3 Grafana alerts today.").Single();

        Assert.Equal("3 Grafana alerts", found.Text);
    }
}

using Handbook.Analysis;
using Handbook.Text;
using Handbook.Validation;

namespace Handbook.Tests.Validation;

public class WordQuantityTests
{
    [Theory]
    [InlineData("zero customer-visible errors", "zero customer-visible errors")]
    [InlineData("a four-day backfill", "four-day")]
    [InlineData("the 4-day backfill", "4-day")]
    [InlineData("a 30-second timeout", "30-second")]
    [InlineData("we cut it in half", "in half")]
    [InlineData("throughput improved tenfold", "tenfold")]
    [InlineData("a 10-fold drop", "10-fold")]
    [InlineData("three teams adopted it", "three teams")]
    [InlineData("no incidents since", "no incidents")]
    [InlineData("no further outages", "no further outages")]
    [InlineData("it now runs twice as fast", "twice as fast")]
    [InlineData("paged a dozen times a week", "a dozen times")]
    [InlineData("about a dozen services", "a dozen services")]
    [InlineData("twenty-five engineers", "twenty-five engineers")]
    [InlineData("Seven teams signed up", "Seven teams")]
    [InlineData("two hundred requests", "two hundred requests")]
    [InlineData("ten times faster", "ten times")]
    [InlineData("error budget doubled", "doubled")]
    public void Numbers_in_words_are_figures(string text, string figure)
    {
        Assert.Contains(QuantityDetector.Find(text), q => q.Text == figure);
    }

    [Theory]
    [InlineData("one of the services failed")]
    [InlineData("One day the pager went off.")]
    [InlineData("It was the first time.")]
    [InlineData("Once upon a deploy, a service broke.")]
    [InlineData("We added a cache and an index.")]
    [InlineData("The two disagreed about it.")]
    [InlineData("Two of us reviewed the plan.")]
    [InlineData("A two-phase commit was used.")]
    [InlineData("There were no tests for it.")]
    [InlineData("I asked twice.")]
    [InlineData("It was one of a kind.")]
    [InlineData("hundreds of small fixes")]
    public void Words_that_count_nothing_are_not_figures(string text)
    {
        Assert.Empty(QuantityDetector.Find(text));
    }

    [Theory]
    [InlineData("twenty-five", 25)]
    [InlineData("a dozen", 12)]
    [InlineData("two hundred and five", 205)]
    [InlineData("three thousand five hundred", 3500)]
    [InlineData("one million", 1_000_000)]
    public void Number_words_have_their_value(string words, long expected)
    {
        Assert.True(NumberWords.TryValue(words, out var value));
        Assert.Equal(expected, value);
    }
}

using Handbook.Searching;

namespace Handbook.Tests.Searching;

public class EnglishStemmerTests
{
    [Theory]
    [InlineData("deploys", "deploy")]
    [InlineData("deployed", "deploy")]
    [InlineData("deploying", "deploy")]
    [InlineData("deployment", "deploy")]
    [InlineData("stories", "story")]
    [InlineData("studied", "study")]
    [InlineData("shipped", "ship")]
    [InlineData("planning", "plan")]
    [InlineData("called", "call")]
    public void Inflected_words_share_the_stem_of_their_base_word(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("outage", "outages")]
    [InlineData("migrate", "migrated")]
    [InlineData("migrate", "migrating")]
    [InlineData("cache", "caching")]
    [InlineData("connect", "connections")]
    public void A_word_and_its_forms_have_one_stem(string word, string form) =>
        Assert.Equal(EnglishStemmer.Stem(word), EnglishStemmer.Stem(form));

    [Theory]
    [InlineData("status")]
    [InlineData("process")]
    [InlineData("analysis")]
    [InlineData("p99")]
    [InlineData("api")]
    [InlineData("string")]
    [InlineData("added")]
    public void Words_that_only_look_inflected_keep_their_letters(string word) =>
        Assert.StartsWith(EnglishStemmer.Stem(word), word);

    [Fact]
    public void No_stem_is_shorter_than_three_letters() =>
        Assert.All(new[] { "uses", "ties", "used", "shed", "eyes", "aged" }, word => Assert.True(EnglishStemmer.Stem(word).Length >= EnglishStemmer.MinStemLength, word));

    [Fact]
    public void The_index_holds_stems_so_plurals_find_singulars() =>
        Assert.Equal(["outag", "deploy", "migrat"], SearchTokenizer.Terms("Outages, deploys and migrations"));
}

using Handbook.Coaching;

namespace Handbook.Tests.Coaching;

public class PhrasePatternTests
{
    private static readonly string[] Phrases = ["worked all night", "# hours straight", "dropped the ball", "significantly"];

    [Theory]
    [InlineData("I WORKED all\nnight to ship it.")]
    [InlineData("We spent 36 hours straight on it.")]
    [InlineData("Latency improved Significantly.")]
    [InlineData("Nothing to see here.")]
    [InlineData("The ball was dropped.")]
    public void The_quick_test_never_hides_a_match_the_pattern_finds(string text)
    {
        var matcher = PhrasePattern.For(Phrases)!;

        Assert.Equal(matcher.Pattern.Matches(text).Select(m => m.Value), matcher.Matches(text).Select(m => m.Value));
    }

    [Fact]
    public void A_text_with_none_of_the_key_words_is_ruled_out_by_the_quick_test()
    {
        var matcher = PhrasePattern.For(Phrases)!;

        Assert.NotNull(matcher.Prefilter);
        Assert.False("The ball was kept.".AsSpan().ContainsAny(matcher.Prefilter));
    }

    [Fact]
    public void A_phrase_of_numbers_only_has_no_quick_test()
    {
        Assert.Null(PhrasePattern.For(["significantly", "#"])!.Prefilter);
    }
}

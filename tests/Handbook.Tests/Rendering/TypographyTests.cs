using Handbook.Analysis;
using Handbook.Rendering;
using Handbook.Tests.Support;
using Handbook.Text;

namespace Handbook.Tests.Rendering;

public class TypographyTests
{
    [Fact]
    public void Ascii_arrow_between_numbers_becomes_an_arrow_tied_to_both() =>
        Assert.Equal("38%\u00A0→\u00A00%", Typography.Arrows("38% -> 0%"));

    [Fact]
    public void Arrow_without_spaces_is_joined_to_its_numbers() =>
        Assert.Equal("11min\u2060→\u206040s", Typography.Arrows("11min->40s"));

    [Fact]
    public void A_typed_arrow_is_tied_too() =>
        Assert.Equal("850 ms\u00A0→\u00A0320 ms", Typography.Arrows("850 ms → 320 ms"));

    [Theory]
    [InlineData("a --> b")]
    [InlineData("a <-> b")]
    [InlineData("no arrow here")]
    public void Other_dashes_and_brackets_are_left_alone(string text) => Assert.Equal(text, Typography.Arrows(text));

    [Fact]
    public void Key_numbers_in_prose_are_set_with_tied_arrows_but_code_keeps_its_characters()
    {
        var markdown = new StoryMarkdown(false, new HashSet<string>());
        var html = markdown.ToHtml("Errors went 38% -> 0%, as `a->b` shows.", "story.md", 1, new Handbook.Diagnostics.DiagnosticBag());
        Assert.Contains("38%\u00A0→\u00A00%", html);
        Assert.Contains("<code>a-&gt;b</code>", html);
    }
}

public class OneLineTradeoffTests
{
    private static Handbook.Model.Story Read(string text) => Handbook.Reading.StoryReader.Parse(text, "story.md", new Handbook.Diagnostics.DiagnosticBag())!;

    private const string LongFirstSentence =
        "I considered precomputing personalised results for every user, which would have been faster still, but it would have needed a new batch pipeline and about 40 GB of extra storage.";

    [Fact]
    public void A_long_first_sentence_is_kept_whole_not_cut_mid_phrase()
    {
        var story = Read(Stories.Compose(tradeoff: LongFirstSentence + " I accepted five minutes of staleness instead."));

        Assert.Equal(LongFirstSentence, StoryDigest.TradeoffLine(story));
    }

    [Fact]
    public void A_tradeoff_field_keeps_the_whole_sentences_that_fit()
    {
        var field = "Chose a dual-write migration over a maintenance window. It cost six weeks. " + new string('x', 10) + " " + string.Join(' ', Enumerable.Repeat("More words follow here.", 8));
        var story = Read(Stories.Compose(frontMatter: $"title: A story\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior\ntradeoff: \"{field}\""));

        var line = StoryDigest.TradeoffLine(story);
        Assert.StartsWith("Chose a dual-write migration over a maintenance window. It cost six weeks.", line);
        Assert.EndsWith(".", line);
        Assert.True(line.Length <= StoryDigest.MaxLineLength);
    }

    [Fact]
    public void Long_tradeoff_warns_at_the_trade_off_section()
    {
        var text = Stories.Compose(tradeoff: LongFirstSentence);
        var diagnostic = Stories.Check(text).Single("long-tradeoff");

        Assert.Equal(Handbook.Diagnostics.Severity.Warning, diagnostic.Severity);
        Assert.Equal(Read(text).Section(Handbook.Model.SectionKind.Tradeoff)!.Line, diagnostic.Location.Line);
        Assert.Contains("178 characters", diagnostic.Message);
    }

    [Fact]
    public void A_tradeoff_that_fits_one_line_is_not_warned_about() =>
        Assert.DoesNotContain(Stories.Check(Stories.Compose()), d => d.RuleId == "long-tradeoff");
}

public class FooterCreditTests
{
    [Fact]
    public void Footer_names_the_author_or_else_the_handbook() =>
        Assert.Equal(["Ada's interview handbook", "Prep"],
            new[] { "Ada", "" }.Select(author => PageView.CreditLine(author, "Prep", ThemeStrings.Load(new Theme(Paths.Theme), new Handbook.Diagnostics.DiagnosticBag()))));
}

using Handbook.Analysis;
using Handbook.Corpus;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

public class StoryDigestTests
{
    // Markdig's plain text with runs of white space made one space: what PlainText returns for any Markdown.
    private static string MarkdigPlainText(string markdown) =>
        string.Join(' ', Markdig.Markdown.ToPlainText(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static TheoryData<string> Syntax => new()
    {
        "Some **bold** words.",
        "A `code` span.",
        "A [link](other.md).",
        "Tom &amp; Jerry.",
        "An escaped \\* star.",
        "- a list item",
        "1. a numbered item",
        "2) another numbered item",
        "    indented code",
        "> a quote",
        "Title\n=====",
        "# a heading",
        "a | table\n--|--\n1 | 2",
    };

    [Theory]
    [MemberData(nameof(Syntax))]
    public void Text_with_Markdown_syntax_is_not_plain_prose(string markdown)
    {
        Assert.False(StoryDigest.IsPlainProse(markdown));
    }

    [Fact]
    public void Paragraphs_of_prose_are_plain_prose()
    {
        Assert.True(StoryDigest.IsPlainProse("I rejected a maintenance window.\nIt cost 5 minutes of staleness.\n\nThe p99 fell from 1129 ms to 259 ms."));
    }

    [Fact]
    public void Plain_prose_gives_the_same_text_as_the_Markdown_parser_in_every_sample_and_generated_section()
    {
        var random = new Random(7);
        var texts = Directory.EnumerateFiles(Path.Combine(Paths.SampleInput, "stories"), "*.md").Select(File.ReadAllText)
            .Concat(Enumerable.Range(0, 200).Select(i => CorpusGenerator.Story(i, random).Text));
        var checkedSections = 0;
        foreach (var text in texts)
        {
            var story = StoryReader.Parse(text, "story.md", new DiagnosticBag())!;
            foreach (var markdown in story.Sections.Select(s => s.Markdown).Append(story.Preamble).Where(StoryDigest.IsPlainProse))
            {
                Assert.Equal(MarkdigPlainText(markdown), StoryDigest.PlainText(markdown));
                checkedSections++;
            }
        }
        Assert.True(checkedSections > 1000, $"only {checkedSections} plain sections were compared");
    }

    [Theory]
    [InlineData("one two", "one two")]
    [InlineData("  one\t\ttwo \n\n three  ", "one two three")]
    [InlineData("one\u00A0two\r\nthree", "one two three")]
    [InlineData("\n\t ", "")]
    public void Plain_text_has_single_spaces_and_no_space_at_either_end(string markdown, string expected)
    {
        Assert.Equal(expected, StoryDigest.PlainText(markdown));
        Assert.Equal(MarkdigPlainText(markdown), StoryDigest.PlainText(markdown));
    }

    [Theory]
    [InlineData("After the rollback, which took a while, checkout errors went from 38% to 0% within 4 minutes and stayed there.", "checkout errors went from 38% to 0%")]
    [InlineData("We shipped it on a Friday. Search p99 fell from 850 ms to 320 ms under 1,200 requests a second.", "Search p99 fell from 850 ms to 320 ms")]
    [InlineData("Three teams adopted it in the first quarter, and nobody complained.", "Three teams")]
    [InlineData("The team was happy.", "")]
    public void Key_number_is_a_short_figure_phrase(string result, string expected)
    {
        var story = StoryReader.Parse(Stories.Compose(result: result), "s.md", new Handbook.Diagnostics.DiagnosticBag())!;

        Assert.Equal(expected, StoryDigest.KeyMetric(story));
    }
}

using Handbook.Diagnostics;
using Handbook.Reading;

namespace Handbook.Tests.Reading;

public class FrontMatterSplitTests
{
    private static FrontMatter? Split(string text) => FrontMatter.Split(text, "story.md", new DiagnosticBag());

    [Fact]
    public void Yaml_and_body_are_the_text_between_and_after_the_fences()
    {
        var split = Split("---\ntitle: A\nlevel: senior\n---\n## Situation\nText.\n")!;

        Assert.Equal("title: A\nlevel: senior", split.Yaml);
        Assert.Equal(2, split.YamlLine);
        Assert.Equal("## Situation\nText.\n", split.Body);
        Assert.Equal(5, split.BodyLine);
    }

    [Fact]
    public void Closing_fence_right_after_the_opening_one_gives_empty_yaml()
    {
        var split = Split("---\n---\nBody")!;

        Assert.Equal("", split.Yaml);
        Assert.Equal("Body", split.Body);
        Assert.Equal(3, split.BodyLine);
    }

    [Theory]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\n")]
    public void Closing_fence_on_the_last_line_gives_an_empty_body(string text)
    {
        var split = Split(text)!;

        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("", split.Body);
    }

    [Fact]
    public void Fences_may_have_trailing_spaces_and_the_end_may_be_three_dots()
    {
        var split = Split("---  \ntitle: A\n...\t\nBody")!;

        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("Body", split.Body);
        Assert.Equal(4, split.BodyLine);
    }

    [Fact]
    public void Dashes_inside_a_value_do_not_close_the_front_matter()
    {
        var split = Split("---\ntitle: A --- B\n---\nBody")!;

        Assert.Equal("title: A --- B", split.Yaml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: A\n")]
    [InlineData("title: A\n---\n")]
    public void Text_without_a_closed_front_matter_is_not_split(string text)
    {
        Assert.Null(Split(text));
    }
}

using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Reading;

public class FrontMatterTests
{
    [Fact]
    public void Complete_story_reads_every_field()
    {
        var bag = new DiagnosticBag();
        var story = StoryReader.Read(Paths.Fixture("Stories", "complete.md"), bag);

        Assert.NotNull(story);
        Assert.Empty(bag.Sorted());
        Assert.Equal("Cutting search latency", story.Title);
        Assert.Equal("complete", story.Slug);
        Assert.Equal(["technical-judgment", "customer-obsession"], story.Competencies);
        Assert.Equal(["performance-scaling"], story.Patterns);
        Assert.Equal(Level.Mid, story.Level);
        Assert.Equal(["Search p99 850 ms -> 320 ms"], story.Metrics);
        Assert.StartsWith("Accepted five minutes", story.Tradeoff);
        Assert.Equal(["latency"], story.Tags);
        Assert.False(story.Draft);
    }

    [Fact]
    public void Sections_are_found_with_their_heading_lines()
    {
        var story = StoryReader.Read(Paths.Fixture("Stories", "complete.md"), new DiagnosticBag())!;

        Assert.Equal(
            [SectionKind.Situation, SectionKind.Task, SectionKind.Action, SectionKind.Tradeoff, SectionKind.Result, SectionKind.Reflection],
            story.Sections.Select(s => s.Kind));
        var result = story.Section(SectionKind.Result)!;
        Assert.Equal(25, result.Line);
        Assert.Equal(26, result.BodyLine);
        Assert.Equal("Search p99 fell from 850 ms to 320 ms at 1,200 requests a second.", result.Markdown);
    }

    [Fact]
    public void Crlf_and_bom_give_the_same_lines_as_lf()
    {
        var bag = new DiagnosticBag();
        var story = StoryReader.Read(Paths.Fixture("Stories", "no-metric-crlf-bom.md"), bag);

        Assert.NotNull(story);
        Assert.Equal("Windows story", story.Title);
        Assert.Equal(20, story.Section(SectionKind.Result)!.Line);
        Assert.DoesNotContain('\r', story.Section(SectionKind.Action)!.Markdown);
    }

    [Theory]
    [InlineData("Trade-off", SectionKind.Tradeoff)]
    [InlineData("Tradeoff", SectionKind.Tradeoff)]
    [InlineData("Trade-offs", SectionKind.Tradeoff)]
    [InlineData("Tradeoffs", SectionKind.Tradeoff)]
    [InlineData("Learning", SectionKind.Reflection)]
    [InlineData("Reflection:", SectionKind.Reflection)]
    [InlineData("RESULT", SectionKind.Result)]
    [InlineData("Context", SectionKind.Situation)]
    [InlineData("Background reading", SectionKind.Other)]
    public void Heading_spellings_map_to_their_beat(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionKinds.FromHeading(heading));
    }

    [Fact]
    public void Level_three_headings_stay_inside_their_section()
    {
        var text = Stories.Compose(action: "I did three things.\n\n### First\nI profiled it.\n\n### Second\nI fixed it.");
        var story = StoryReader.Parse(text, "s.md", new DiagnosticBag())!;

        Assert.Contains("### Second", story.Section(SectionKind.Action)!.Markdown);
        Assert.Equal(6, story.Sections.Count);
    }

    [Fact]
    public void Slug_comes_from_the_file_name()
    {
        var story = StoryReader.Parse(Stories.Compose(), "stories/2023/My Big Outage.md", new DiagnosticBag())!;

        Assert.Equal("my-big-outage", story.Slug);
    }

    [Fact]
    public void Slug_field_overrides_the_file_name()
    {
        var text = Stories.Compose(frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nslug: kept-forever");
        var story = StoryReader.Parse(text, "renamed-file.md", new DiagnosticBag())!;

        Assert.Equal("kept-forever", story.Slug);
    }

    [Fact]
    public void Missing_front_matter_is_reported_on_line_one()
    {
        var bag = new DiagnosticBag();
        var story = StoryReader.Parse("## Situation\nNo front matter here.\n", "plain.md", bag);

        Assert.Null(story);
        var diagnostic = bag.Sorted().Single(RuleIds.FrontMatter);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.Contains("---", diagnostic.Help);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
    {
        var diagnostic = Stories.CheckFixture("unclosed.md").Single(RuleIds.FrontMatter);

        Assert.Contains("never closed", diagnostic.Message);
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_reported()
    {
        var diagnostic = Stories.Check("---\n- title\n- level\n---\n").Single(RuleIds.FrontMatter);

        Assert.Contains("not a list", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_a_suggestion()
    {
        var text = Stories.Compose(frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\ntradeof: typo here");
        var diagnostic = Stories.Check(text).Single(RuleIds.UnknownField);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.Contains("`tradeoff`", diagnostic.Help);
    }
}

using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Indexing;

public class SiteIndexTests
{
    private static Story Story(string slug, string title, string competencies, string patterns, string level, bool draft = false) =>
        StoryReader.Parse(Stories.Compose(frontMatter:
            $"title: {title}\ncompetencies: [{competencies}]\npatterns: [{patterns}]\nlevel: {level}\ndraft: {draft.ToString().ToLowerInvariant()}"),
            $"{slug}.md", new DiagnosticBag())!;

    private static readonly Story[] Sample =
    [
        Story("b-outage", "Beta outage", "ownership, resilience", "production-incident, postmortem", "senior"),
        Story("a-migration", "Alpha migration", "technical-judgment", "schema-migration", "staff"),
        Story("c-draft", "Draft", "ownership", "mistake", "mid", draft: true),
    ];

    [Fact]
    public void Stories_are_ordered_by_title()
    {
        var index = SiteIndex.Build(Sample, Stories.DefaultConfig, includeDrafts: false);

        Assert.Equal(["a-migration", "b-outage"], index.Stories.Select(s => s.Slug));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        Assert.DoesNotContain(SiteIndex.Build(Sample, Stories.DefaultConfig, false).Stories, s => s.Draft);
        Assert.Contains(SiteIndex.Build(Sample, Stories.DefaultConfig, true).Stories, s => s.Draft);
    }

    [Fact]
    public void Stories_are_filed_under_each_competency_they_name()
    {
        var index = SiteIndex.Build(Sample, Stories.DefaultConfig, false);

        Assert.Equal(["b-outage"], index.Find(Axis.Competency, "ownership")!.Stories.Select(s => s.Slug));
        Assert.Equal(["b-outage"], index.Find(Axis.Competency, "resilience")!.Stories.Select(s => s.Slug));
        Assert.Empty(index.Find(Axis.Competency, "mentoring")!.Stories);
    }

    [Fact]
    public void Stories_are_filed_under_each_pattern_and_their_level()
    {
        var index = SiteIndex.Build(Sample, Stories.DefaultConfig, false);

        Assert.Equal(["b-outage"], index.Find(Axis.Pattern, "postmortem")!.Stories.Select(s => s.Slug));
        Assert.Equal(["a-migration"], index.Find(Axis.Level, "staff")!.Stories.Select(s => s.Slug));
        Assert.Equal(4, index.Levels.Count);
    }

    [Fact]
    public void Patterns_without_a_story_are_gaps()
    {
        var index = SiteIndex.Build(Sample, Stories.DefaultConfig, false);

        Assert.Contains(index.PatternGaps, p => p.Id == "tech-debt-pushback");
        Assert.DoesNotContain(index.PatternGaps, p => p.Id == "schema-migration");
        Assert.Contains(index.PatternGaps, p => p.Id == "mistake");
    }

    [Fact]
    public void Index_page_paths_contain_the_id()
    {
        var index = SiteIndex.Build(Sample, Stories.DefaultConfig, false);

        Assert.Equal("competencies/ownership.html", index.Find(Axis.Competency, "ownership")!.PagePath);
        Assert.Equal("patterns/postmortem.html", index.Find(Axis.Pattern, "postmortem")!.PagePath);
        Assert.Equal("levels/staff.html", index.Find(Axis.Level, "staff")!.PagePath);
    }
}

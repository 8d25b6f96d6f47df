using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Analysis;

public class StoryAnalysisTests
{
    private static Story Parse(string text) => StoryReader.Parse(text, "story.md", new DiagnosticBag())!;

    private static IEnumerable<Story> SampleStories() =>
        Directory.EnumerateFiles(Path.Combine(Paths.SampleInput, "stories"), "*.md").Order(StringComparer.Ordinal)
            .Select(path => StoryReader.Parse(File.ReadAllText(path), path, new DiagnosticBag())!);

    [Fact]
    public void A_story_is_analysed_once_however_often_its_facts_are_asked_for()
    {
        var analysis = new StoryAnalysis();
        var story = Parse(Stories.Compose());

        var first = analysis.Of(story);
        var second = analysis.Of(story);

        Assert.Same(first, second);
        Assert.Equal(1, analysis.Analysed);
    }

    [Fact]
    public void A_story_changed_by_a_later_stage_is_analysed_anew()
    {
        var analysis = new StoryAnalysis();
        var story = Parse(Stories.Compose());
        var hook = analysis.Of(story).Hook;

        var changed = analysis.Of(story with { Summary = "A different hook entirely." });

        Assert.Equal("A different hook entirely.", changed.Hook);
        Assert.NotEqual(hook, changed.Hook);
        Assert.Equal(2, analysis.Analysed);
    }

    [Fact]
    public void Facts_agree_with_the_digest_and_prose_measures_of_every_sample_story()
    {
        foreach (var story in SampleStories())
        {
            var facts = StoryFacts.Of(story);

            Assert.Equal(StoryDigest.Hook(story), facts.Hook);
            Assert.Equal(StoryDigest.KeyMetric(story), facts.KeyMetric);
            Assert.Equal(StoryDigest.TradeoffLine(story), facts.TradeoffLine);
            Assert.Equal(StoryDigest.TradeoffOverflow(story), facts.TradeoffOverflow);
            Assert.Equal(StoryProse.Words(story.Preamble) + story.Sections.Sum(s => StoryProse.Words(s.Markdown)), facts.SpokenWords);
            Assert.Equal(StoryProse.Figures(story), facts.Figures);
            Assert.Equal(story.Sections.Select(s => StoryDigest.PlainText(s.Markdown)), facts.Sections.Select(s => s.Plain));
            Assert.Equal(story.Sections.Select(s => StoryEvidence.Prose(s.Markdown)), facts.Sections.Select(s => s.Prose));
        }
    }

    [Fact]
    public void Section_facts_are_found_for_the_story_own_sections()
    {
        var story = Parse(Stories.Compose(task: "I owned the `rollout` plan."));
        var facts = StoryFacts.Of(story);
        var task = story.Section(SectionKind.Task)!;

        var text = facts.Of(task);

        Assert.Same(facts.Sections[story.Sections.ToList().IndexOf(task)], text);
        Assert.Equal(ProseMask.Mask(task.Markdown), text.Masked);
        Assert.DoesNotContain("rollout", text.Masked);
    }

    [Fact]
    public void A_serve_rebuild_analyses_only_the_stories_that_changed()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        BuildResult Check() => HandbookPipeline.Check(new BuildOptions { InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, Cache = cache });

        Check();
        Check();
        Assert.Equal(8, cache.Analysis.Analysed);

        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("I exported three months", "I pulled three months"));
        Check();

        Assert.Equal(9, cache.Analysis.Analysed);
    }
}

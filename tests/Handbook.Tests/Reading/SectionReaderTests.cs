using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Reading;

public class SectionReaderTests
{
    private const string Front = "---\ntitle: T\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior\n---\n";

    private static Story Read(string body) => StoryReader.Parse(Front + body, "s.md", new DiagnosticBag())!;

    private static SectionKind[] Kinds(Story story) => story.Sections.Select(s => s.Kind).ToArray();

    private static readonly SectionKind[] Star = [SectionKind.Situation, SectionKind.Task, SectionKind.Action, SectionKind.Result];

    [Theory]
    [InlineData("**Situation:** A.\n\n**Task:** B.\n\n**Action:** C.\n\n**Result:** D.\n")]
    [InlineData("**Situation**: A.\n\n**Task**: B.\n\n**Action**: C.\n\n**Result**: D.\n")]
    [InlineData("*Situation:* A.\n\n*Task:* B.\n\n*Action:* C.\n\n*Result:* D.\n")]
    [InlineData("Situation: A.\nTask: B.\nAction: C.\nResult: D.\n")]
    [InlineData("- Situation: A.\n- Task: B.\n- Action: C.\n- Result: D.\n")]
    [InlineData("- **Situation:** A.\n- **Task:** B.\n- **Action:** C.\n- **Result:** D.\n")]
    [InlineData("Situation: A at 2k rps. Task: B. Action: C. Result: D.\n")]
    [InlineData("### Situation\nA.\n\n### Task\nB.\n\n### Action\nC.\n\n### Result\nD.\n")]
    [InlineData("# Situation\nA.\n\n# Task\nB.\n\n# Action\nC.\n\n# Result\nD.\n")]
    [InlineData("**Situation**\nA.\n\n**Task**\nB.\n\n**Action**\nC.\n\n**Result**\nD.\n")]
    [InlineData("## 🧭 Situation\nA.\n\n## Task 🎯\nB.\n\n## ✅ Action\nC.\n\n## 📈 Result\nD.\n")]
    [InlineData("## Step 1: Situation\nA.\n\n## Step 2: Task\nB.\n\n## Step 3: Action\nC.\n\n## Step 4: Result(s)\nD.\n")]
    [InlineData("**Situation** A.\n\n**Task** B.\n\n**Action** C.\n\n**Result** D.\n")]
    [InlineData("**Situation** — A.\n\n**Task** — B.\n\n**Action** — C.\n\n**Result** — D.\n")]
    [InlineData("S: A.\nT: B.\nA: C.\nR: D.\n")]
    public void Every_written_form_of_the_sections_is_read(string body)
    {
        var story = Read(body);

        Assert.Equal(Star, Kinds(story));
        Assert.Equal("D.", story.Section(SectionKind.Result)!.Markdown);
    }

    [Theory]
    [InlineData("Trade-offs considered", SectionKind.Tradeoff)]
    [InlineData("Actions taken", SectionKind.Action)]
    [InlineData("What I learned", SectionKind.Reflection)]
    [InlineData("Lessons learned", SectionKind.Reflection)]
    [InlineData("Outcome", SectionKind.Result)]
    [InlineData("Impact", SectionKind.Result)]
    [InlineData("Background", SectionKind.Situation)]
    [InlineData("Context", SectionKind.Situation)]
    [InlineData("Learning", SectionKind.Reflection)]
    [InlineData("The Situation", SectionKind.Situation)]
    [InlineData("1. Situation", SectionKind.Situation)]
    [InlineData("Result (about 15 s)", SectionKind.Result)]
    [InlineData("Results and impact", SectionKind.Result)]
    [InlineData("Situation and Task", SectionKind.Situation)]
    [InlineData("What I’d do differently", SectionKind.Reflection)]
    [InlineData("Background reading", SectionKind.Other)]
    [InlineData("Appendix", SectionKind.Other)]
    public void Heading_synonyms_map_to_their_beat(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionKinds.FromHeading(heading));
    }

    [Fact]
    public void Carl_context_and_learning_are_situation_and_reflection()
    {
        var story = Read("## Context\nA.\n\n## Action\nB.\n\n## Result\nC.\n\n## Learning\nD.\n");

        Assert.Equal([SectionKind.Situation, SectionKind.Action, SectionKind.Result, SectionKind.Reflection], Kinds(story));
    }

    [Fact]
    public void Labelled_sections_keep_their_real_lines_and_columns()
    {
        var story = Read("Intro line.\n\n**Situation:** A.\n\n**Result:** p99 fell.\n");
        var result = story.Section(SectionKind.Result)!;

        Assert.Equal(11, result.Line);
        Assert.Equal(11, result.BodyLine);
        Assert.Equal(13, result.BodyColumn);
        Assert.Equal("Intro line.", story.Preamble);
    }

    [Fact]
    public void Several_labels_in_one_paragraph_each_start_a_section_on_that_line()
    {
        var story = Read("Situation: Checkout ran 2k rps. Task: I owned it. Action: I profiled it. Result: errors fell to 0.\n");

        Assert.Equal(Star, Kinds(story));
        Assert.All(story.Sections, s => Assert.Equal(7, s.Line));
        Assert.Equal("I owned it.", story.Section(SectionKind.Task)!.Markdown);
    }

    [Fact]
    public void A_single_mid_sentence_label_is_prose()
    {
        var story = Read("We shipped it. Result: nobody noticed.\n");

        Assert.Empty(story.Sections);
    }

    [Fact]
    public void Labels_inside_heading_sections_are_kept_as_inline_labels_without_splitting()
    {
        var story = Read("## Situation\nA.\n\n## Result\nErrors fell 40%.\n\nTrade-off: memory grew 22%.\n");

        Assert.Equal([SectionKind.Situation, SectionKind.Result], Kinds(story));
        var label = Assert.Single(story.InlineLabels);
        Assert.Equal(SectionKind.Tradeoff, label.Kind);
        Assert.Equal("memory grew 22%.", label.Text);
        Assert.Equal(13, label.Line);
        Assert.True(story.HasBeat(SectionKind.Tradeoff));
    }

    [Fact]
    public void An_inline_label_text_ends_where_the_next_label_starts()
    {
        var story = Read("## Situation\nA.\n\n## Action\nB.\n\nResult: errors fell 40%. Trade-off: memory grew 22%.\n");

        Assert.Equal(["errors fell 40%.", "memory grew 22%."], story.InlineLabels.Select(l => l.Text));
    }

    [Fact]
    public void Sections_of_one_kind_get_numbered_anchors_and_a_taken_slug_gets_its_own_suffix()
    {
        var story = Read(string.Concat(Enumerable.Repeat("## Result\nA.\n\n", 4)) + "## Result 3\nB.\n");

        Assert.Equal(["result", "result-2", "result-3", "result-4", "result-3-2"], Handbook.Rendering.SectionAnchors.For(story.Sections));
    }

    [Fact]
    public void A_title_heading_above_deeper_sections_stays_in_the_preamble()
    {
        var story = Read("# The checkout outage\n\n### Situation\nA.\n\n### Result\nB.\n");

        Assert.Equal([SectionKind.Situation, SectionKind.Result], Kinds(story));
        Assert.Equal("# The checkout outage", story.Preamble);
    }

    [Fact]
    public void Unknown_deeper_headings_stay_inside_their_section()
    {
        var story = Read("## Action\nI did two things.\n\n### First\nI profiled it.\n\n## Result\nB.\n");

        Assert.Contains("### First", story.Section(SectionKind.Action)!.Markdown);
    }

    [Fact]
    public void Labels_inside_code_blocks_are_not_read()
    {
        var story = Read("## Action\n```\nResult: not a label\n```\n");

        Assert.Empty(story.InlineLabels);
        Assert.Single(story.Sections);
    }

    [Theory]
    [InlineData("**Outcom:** p99 fell.", "**Outcom:**", SectionKind.Result)]
    [InlineData("Sitaution: a cluster.", "Sitaution:", SectionKind.Situation)]
    [InlineData("## Resutl\np99 fell.", "## Resutl", SectionKind.Result)]
    public void A_near_miss_label_is_reported_at_its_line_with_the_beat_it_means(string line, string written, SectionKind meant)
    {
        var diagnostic = Stories.Check(Front + "**Task:** I owned it.\n\n" + line + "\n").Single("section-label");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(9, diagnostic.Location.Line);
        Assert.Contains($"`{written}` looks like a section label; did you mean {meant.Title()}?", diagnostic.Message);
    }

    [Theory]
    [InlineData("Note: the cache was cold.")]
    [InlineData("**Important:** nothing changed.")]
    [InlineData("Step two: roll out.")]
    public void Ordinary_labels_are_not_reported(string line)
    {
        Assert.DoesNotContain(Stories.Check(Front + "**Task:** I owned it.\n\n" + line + "\n"), d => d.RuleId == "section-label");
    }
}

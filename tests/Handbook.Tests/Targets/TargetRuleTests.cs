using Handbook.Diagnostics;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Targets;

public class TargetRuleTests
{
    private const string Target = """
        title: Acme
        values:
          - id: own-it
            title: Own it
            competencies: [ownership]
          - id: teach
            title: Teach
            competencies: [mentoring]
        rounds:
          - title: Manager
            values: [own-it, teach]
          - title: Peer
            values: [own-it]
          - title: Director
            values: [own-it]
        """;

    private static IReadOnlyList<Diagnostic> Check(TempDirectory dir, string target, int ownershipStories, string handbook = "", bool draftMentor = false)
    {
        dir.Write("input/handbook.yml", handbook);
        dir.Write("input/targets/acme.yml", target);
        for (var i = 0; i < ownershipStories; i++)
        {
            dir.Write($"input/stories/own-{i}.md", Stories.Compose($"title: Ownership story {i}\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior"));
        }
        if (draftMentor)
        {
            dir.Write("input/stories/mentor.md", Stories.Compose("title: Mentor\ncompetencies: [mentoring]\npatterns: [mentoring]\nlevel: senior\ndraft: true"));
        }
        return HandbookPipeline.Check(new BuildOptions { InputDirectory = dir.Combine("input"), WorkingDirectory = dir.Path }).Diagnostics;
    }

    private static IEnumerable<Diagnostic> Rule(IReadOnlyList<Diagnostic> diagnostics, string rule) => diagnostics.Where(d => d.RuleId == rule);

    [Fact]
    public void A_value_no_story_shows_is_a_target_gap_warning_at_the_value_line()
    {
        using var dir = new TempDirectory();

        var gap = Assert.Single(Rule(Check(dir, Target, ownershipStories: 3), "target-gap"));

        Assert.Equal(Severity.Warning, gap.Severity);
        Assert.EndsWith(Path.Combine("targets", "acme.yml"), gap.Location.Path);
        Assert.Equal(6, gap.Location.Line);
        Assert.Contains("`teach`", gap.Message);
        Assert.Contains("Mentoring", gap.Message);
        Assert.Contains("competencies: [mentoring]", gap.Help);
    }

    [Fact]
    public void A_draft_does_not_fill_a_gap()
    {
        using var dir = new TempDirectory();

        Assert.Single(Rule(Check(dir, Target, ownershipStories: 3, draftMentor: true), "target-gap"));
    }

    [Fact]
    public void Target_gap_can_be_turned_off_or_made_an_error()
    {
        using (var dir = new TempDirectory())
        {
            Assert.Empty(Rule(Check(dir, Target, 3, "rules:\n  target-gap: off\n"), "target-gap"));
        }
        using (var dir = new TempDirectory())
        {
            Assert.Equal(Severity.Error, Assert.Single(Rule(Check(dir, Target, 3, "rules:\n  target-gap: error\n"), "target-gap")).Severity);
        }
    }

    [Fact]
    public void A_story_told_in_two_rounds_is_a_target_repeat_warning_at_the_later_round()
    {
        using var dir = new TempDirectory();

        var repeat = Assert.Single(Rule(Check(dir, Target, ownershipStories: 2), "target-repeat"));

        Assert.Equal(Severity.Warning, repeat.Severity);
        Assert.Contains(repeat.Location.Line, new[] { 12, 14 });
        Assert.Contains("too few Own it stories", repeat.Message);
    }

    [Fact]
    public void Enough_stories_mean_no_repeat_warning()
    {
        using var dir = new TempDirectory();

        Assert.Empty(Rule(Check(dir, Target, ownershipStories: 3), "target-repeat"));
    }
}

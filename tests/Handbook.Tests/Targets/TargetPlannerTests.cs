using Handbook.Model;
using Handbook.Targets;
using Handbook.Tests.Support;

namespace Handbook.Tests.Targets;

public class TargetPlannerTests
{
    private static Story Story(string slug, Level level, string[] competencies, params string[] patterns) => new()
    {
        SourcePath = $"stories/{slug}.md",
        Slug = slug,
        Title = slug,
        Level = level,
        Competencies = competencies,
        Patterns = patterns,
    };

    private static TargetValue Value(string id, string[] competencies, params string[] prompts) =>
        new(id, id.Replace('-', ' '), competencies, prompts, "", 1);

    private static TargetLoop Loop(IReadOnlyList<TargetValue> values, Level? level, params string[][] rounds) => new()
    {
        Id = "acme",
        SourcePath = "targets/acme.yml",
        Title = "Acme",
        Level = level,
        Values = values,
        Rounds = rounds.Select((v, i) => new TargetRound(i + 1, $"Round {i + 1}", v, null, 10 + i)).ToList(),
    };

    private static TargetPlan Plan(TargetLoop loop, IReadOnlyList<Story> stories, PracticeRecord? practice = null) =>
        TargetPlanner.Plan(loop, stories, Stories.DefaultConfig, practice);

    private static List<string?> Told(TargetPlan plan) => plan.Rounds.SelectMany(r => r.Picks.Select(p => p.Story?.Slug)).ToList();

    [Fact]
    public void No_story_is_told_in_two_rounds_when_the_bank_has_enough()
    {
        var stories = new[] { "a", "b", "c" }.Select(s => Story(s, Level.Senior, ["ownership"])).ToList();
        var loop = Loop([Value("own", ["ownership"])], Level.Senior, ["own"], ["own"], ["own"]);

        var plan = Plan(loop, stories);

        Assert.Equal(3, Told(plan).Distinct().Count());
        Assert.True(plan.NoRepeats);
        Assert.All(plan.Rounds.SelectMany(r => r.Picks), p => Assert.False(p.Retold));
    }

    [Fact]
    public void A_story_that_is_the_only_one_for_a_value_goes_to_that_value()
    {
        // "shared" ranks first for both values (it shows both competencies), but only it shows judgment.
        var shared = Story("shared", Level.Senior, ["ownership", "technical-judgment"]);
        var other = Story("other", Level.Senior, ["ownership"]);
        var loop = Loop([Value("own", ["ownership", "technical-judgment"]), Value("judge", ["technical-judgment"])], Level.Senior, ["own"], ["judge"]);

        var plan = Plan(loop, [shared, other]);

        Assert.Equal(["other", "shared"], Told(plan));
        Assert.True(plan.NoRepeats);
    }

    [Fact]
    public void A_short_bank_retells_a_story_and_says_so()
    {
        var stories = new[] { "a", "b" }.Select(s => Story(s, Level.Senior, ["ownership"])).ToList();
        var loop = Loop([Value("own", ["ownership"])], Level.Senior, ["own"], ["own"], ["own"]);

        var plan = Plan(loop, stories);

        Assert.False(plan.NoRepeats);
        var retold = Assert.Single(plan.Retold);
        Assert.Equal(2, retold.Rounds.Count);
        var third = plan.Rounds[2].Picks.Single();
        Assert.NotNull(third.Story);
        Assert.True(third.Retold);
        Assert.Contains("again", third.Explanation);
        Assert.Contains("too few", third.Explanation);
    }

    [Fact]
    public void Each_round_gets_a_backup_no_round_tells_when_the_bank_has_one()
    {
        var stories = new[] { "a", "b", "c", "d" }.Select(s => Story(s, Level.Senior, ["ownership"])).ToList();
        var loop = Loop([Value("own", ["ownership"])], Level.Senior, ["own"], ["own"]);

        var plan = Plan(loop, stories);

        var told = Told(plan);
        var backups = plan.Rounds.Select(r => r.Backup?.Story?.Slug).ToList();
        Assert.All(backups, b => Assert.DoesNotContain(b, told));
        Assert.Equal(2, backups.Distinct().Count());
        Assert.All(plan.Rounds, r => Assert.Contains("no round tells", r.Backup!.Explanation));
    }

    [Fact]
    public void Backup_falls_back_to_a_story_told_in_another_round_and_says_so()
    {
        var stories = new[] { "a", "b" }.Select(s => Story(s, Level.Senior, ["ownership"])).ToList();
        var loop = Loop([Value("own", ["ownership"])], Level.Senior, ["own"], ["own"]);

        var plan = Plan(loop, stories);

        Assert.Equal(plan.Rounds[1].Picks[0].Story, plan.Rounds[0].Backup?.Story);
        Assert.Equal(plan.Rounds[0].Picks[0].Story, plan.Rounds[1].Backup?.Story);
        Assert.All(plan.Rounds, r =>
        {
            Assert.NotNull(r.Backup);
            Assert.NotEqual(r.Picks[0].Story, r.Backup.Story);
            Assert.Contains("also told in round", r.Backup.Explanation);
        });
    }

    [Fact]
    public void A_value_no_story_shows_is_a_gap_in_every_round_that_grades_it()
    {
        var loop = Loop([Value("own", ["ownership"]), Value("teach", ["mentoring"])], Level.Senior, ["own", "teach"]);

        var plan = Plan(loop, [Story("a", Level.Senior, ["ownership"])]);

        Assert.Equal(["teach"], plan.Gaps.Select(v => v.Id));
        var gap = plan.Rounds[0].Picks[1];
        Assert.Null(gap.Story);
        Assert.Contains("gap", gap.Explanation);
        Assert.Equal("a", plan.Rounds[0].Picks[0].Story?.Slug);
    }

    [Fact]
    public void Stories_rank_by_level_fit_with_a_level_above_before_one_below()
    {
        var stories = new[] { Story("mid", Level.Mid, ["ownership"]), Story("staff", Level.Staff, ["ownership"]), Story("senior", Level.Senior, ["ownership"]) };
        var loop = Loop([Value("own", ["ownership"])], Level.Senior, ["own"]);

        var ranked = Plan(loop, stories).StoriesFor("own").Ranked;

        Assert.Equal(["senior", "staff", "mid"], ranked.Select(r => r.Story.Slug));
        Assert.Equal([0, 1, -1], ranked.Select(r => r.LevelDistance));
    }

    [Fact]
    public void A_story_whose_questions_answer_the_value_prompts_ranks_first()
    {
        var incident = Story("incident", Level.Senior, ["ownership"], "production-incident");
        var mentor = Story("mentor", Level.Senior, ["ownership"], "mentoring");
        var loop = Loop([Value("own", ["ownership"], "Tell me about a production incident you resolved.")], Level.Senior, ["own"]);

        var ranked = Plan(loop, [mentor, incident]).StoriesFor("own").Ranked;

        Assert.Equal("incident", ranked[0].Story.Slug);
        Assert.Single(ranked[0].PromptsAnswered);
        Assert.Empty(ranked[1].PromptsAnswered);
    }

    [Fact]
    public void The_practice_record_breaks_ties_when_it_is_known()
    {
        var a = Story("a", Level.Senior, ["ownership"], "noisy-alert");
        var b = Story("b", Level.Senior, ["ownership"], "mistake");
        var loop = Loop([Value("own", ["ownership"])], Level.Senior, ["own"]);
        var practice = new PracticeRecord { ByPattern = new Dictionary<string, PracticeTally> { ["mistake"] = new(3, 1, 0), ["noisy-alert"] = new(0, 1, 2) } };

        Assert.Equal("a", Plan(loop, [a, b]).StoriesFor("own").Ranked[0].Story.Slug);
        var ranked = Plan(loop, [a, b], practice).StoriesFor("own").Ranked;

        Assert.Equal("b", ranked[0].Story.Slug);
        Assert.Equal(4, ranked[0].Practice?.Attempts);
    }

    [Fact]
    public void The_plan_is_the_same_whatever_order_the_stories_come_in()
    {
        var stories = Enumerable.Range(0, 9)
            .Select(i => Story($"s{i}", (Level)(i % 4), i % 2 == 0 ? ["ownership", "mentoring"] : ["ownership", "technical-judgment"]))
            .ToList();
        var loop = Loop([Value("own", ["ownership"]), Value("teach", ["mentoring"]), Value("judge", ["technical-judgment"])], Level.Senior,
            ["own", "teach"], ["judge", "own"], ["teach", "judge"], ["own"]);
        string Describe(TargetPlan plan) => string.Join('\n', plan.Rounds.SelectMany(r =>
            r.Picks.Select(p => $"{r.Round.Number} {p.Value.Id} {p.Story?.Slug} {p.Explanation}").Append($"backup {r.Backup?.Story?.Slug} {r.Backup?.Explanation}")));

        var first = Describe(Plan(loop, stories));
        var reversed = Describe(Plan(loop, Enumerable.Reverse(stories).ToList()));
        var shuffled = Describe(Plan(loop, stories.OrderBy(s => s.Slug.GetHashCode(StringComparison.Ordinal)).ToList()));

        Assert.Equal(first, reversed);
        Assert.Equal(first, shuffled);
        Assert.Equal(7, Told(Plan(loop, stories)).Distinct().Count());
    }

    [Fact]
    public void The_only_story_at_the_level_applied_for_is_explained_as_such()
    {
        var loop = Loop([Value("dive-deep", ["technical-judgment"]) with { Title = "Dive Deep" }], Level.Senior, ["own"], ["dive-deep"]);
        var stories = new[] { Story("mid-one", Level.Mid, ["technical-judgment"]), Story("senior-one", Level.Senior, ["technical-judgment"]) };

        var pick = Plan(loop, stories).Rounds[1].Picks.Single();

        Assert.Equal("senior-one", pick.Story?.Slug);
        Assert.Equal("Told in round 2 for Dive Deep because it is the only Dive Deep story at senior level.", pick.Explanation);
    }

    [Fact]
    public void A_next_best_story_names_where_the_better_one_is_told()
    {
        var loop = Loop([Value("own", ["ownership"]) with { Title = "Ownership" }], Level.Senior, ["own"], ["own"]);
        var stories = new[] { Story("best", Level.Senior, ["ownership"]), Story("next", Level.Staff, ["ownership"]) };

        var plan = Plan(loop, stories);

        Assert.Equal("best", plan.Rounds[0].Picks[0].Story?.Slug);
        Assert.Equal("Told in round 1 for Ownership because it is the only Ownership story at senior level.", plan.Rounds[0].Picks[0].Explanation);
        Assert.StartsWith("Told in round 2 for Ownership: the better-ranked \"best\" is told in round 1 for Ownership, so it is the next best",
            plan.Rounds[1].Picks[0].Explanation);
    }

    [Fact]
    public void The_only_story_for_a_value_is_explained_as_such()
    {
        var loop = Loop([Value("teach", ["mentoring"]) with { Title = "Teach" }], null, ["teach"]);

        var pick = Plan(loop, [Story("m", Level.Mid, ["mentoring"])]).Rounds[0].Picks.Single();

        Assert.Equal("Told in round 1 for Teach because it is the only Teach story.", pick.Explanation);
    }

    [Fact]
    public void Sample_target_is_planned_with_no_repeats_and_no_gaps()
    {
        var result = Handbook.Pipeline.HandbookPipeline.Render(new Handbook.Pipeline.BuildOptions
        {
            InputDirectory = Paths.SampleInput, ThemeDirectory = Paths.Theme, WorkingDirectory = Paths.Repository,
        });

        var plan = Assert.Single(result.Targets);
        Assert.Empty(plan.Gaps);
        Assert.True(plan.NoRepeats);
        Assert.All(plan.Rounds, r => Assert.NotNull(r.Backup));
        Assert.All(plan.Rounds.SelectMany(r => r.Picks), p => Assert.StartsWith($"Told in round", p.Explanation));
    }
}

public class PracticeLogTests
{
    [Fact]
    public void Exported_log_is_tallied_per_pattern()
    {
        var bag = new Handbook.Diagnostics.DiagnosticBag();
        var json = """
            {"attempts": [
              {"pattern": "mistake", "rating": "nailed", "at": "2026-11-01T10:00:00Z", "seconds": 120},
              {"pattern": "mistake", "rating": "missed", "at": "2026-11-02T10:00:00Z", "seconds": 200},
              {"pattern": "mentoring", "rating": "shaky", "at": "2026-11-02T10:00:00Z"},
              {"pattern": "mentoring", "rating": "unrated"},
              {"rating": "nailed"}
            ]}
            """;

        var record = PracticeLog.Parse(json, "practice.json", bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal(new PracticeTally(1, 0, 1), record.ByPattern["mistake"]);
        Assert.Equal(new PracticeTally(0, 1, 0), record.ByPattern["mentoring"]);
        Assert.Equal(new PracticeTally(1, 1, 1), record.For(["mistake", "mentoring", "mistake"]));
        Assert.Null(record.For(["noisy-alert"]));
    }

    [Fact]
    public void Broken_log_is_a_warning_at_its_line_and_is_ignored()
    {
        var bag = new Handbook.Diagnostics.DiagnosticBag();

        var record = PracticeLog.Parse("{\"attempts\": [\n  {\"pattern\": \"mistake\",,}\n]}", "practice.json", bag);

        var warning = Assert.Single(bag.Sorted());
        Assert.Equal((PracticeLog.RuleId, 2), (warning.RuleId, warning.Location.Line));
        Assert.Equal(Handbook.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Empty(record.ByPattern);
    }
}

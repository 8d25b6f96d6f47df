using Handbook.Diagnostics;
using Handbook.Tests.Support;

namespace Handbook.Tests.Coaching;

/// <summary>The weak-story fixture: every piece of advice, at the exact line and column of the word.</summary>
public class WeakStoryTests
{
    private static readonly IReadOnlyList<Diagnostic> Diagnostics = Stories.CheckFixture("weak.md");

    private static string At(Diagnostic d) => $"{d.Location.Line}:{d.Location.Column}";

    [Fact]
    public void Weak_story_still_builds_because_coaching_rules_are_warnings()
    {
        Assert.DoesNotContain(Diagnostics, d => d.IsError);
    }

    [Fact]
    public void We_outnumbering_I_points_at_the_first_we_in_the_action()
    {
        Assert.Equal("17:1", At(Diagnostics.Single("first-person")));
    }

    [Fact]
    public void Vague_word_in_result_points_at_the_word()
    {
        var diagnostic = Diagnostics.Single("vague-metric");
        Assert.Equal("23:22", At(diagnostic));
        Assert.Contains("\"significantly\"", diagnostic.Message);
    }

    [Fact]
    public void Heroics_points_at_the_phrase()
    {
        Assert.Equal("17:89", At(Diagnostics.Single("heroics")));
    }

    [Fact]
    public void Led_without_technical_action_is_title_inflation()
    {
        Assert.Equal("14:3", At(Diagnostics.Single("title-inflation")));
    }

    [Fact]
    public void Long_situation_is_a_slow_start()
    {
        Assert.Equal("10:1", At(Diagnostics.Single("slow-start")));
    }

    [Fact]
    public void Short_story_reports_its_speaking_time()
    {
        Assert.Matches(@"about \d+ s to say \(\d+ words at 140 a minute\); under 90 s", Diagnostics.Single("speaking-time").Message);
    }

    [Fact]
    public void Missing_reflection_is_reported_after_the_last_section()
    {
        Assert.Equal(24, Diagnostics.Single("missing-reflection").Location.Line);
    }

    [Fact]
    public void Result_number_without_comparison_has_no_baseline()
    {
        Assert.Equal("22:1", At(Diagnostics.Single("no-baseline")));
    }
}

public class FirstPersonRuleTests
{
    private const string Rule = "first-person";

    [Fact]
    public void We_inside_a_quotation_is_not_counted()
    {
        var text = Stories.Compose(action: "I told the room \"we will roll back, we will recover, we will write it up\" and I rolled back.");
        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == Rule);
    }

    [Fact]
    public void I_inside_a_code_span_is_not_a_first_person_verb()
    {
        var text = Stories.Compose(task: "The team owned it.", action: "The fix set `I am the owner` in the config and we rewrote the alerts.");
        var diagnostic = Stories.Check(text).Single(Rule);
        Assert.Contains("I/my/me 0 times", diagnostic.Message);
    }

    [Fact]
    public void More_I_than_we_is_fine()
    {
        var text = Stories.Compose(action: "We agreed on a plan. I profiled the service, I wrote the fix and I rolled it out.");
        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == Rule);
    }

    [Fact]
    public void Can_be_silenced_with_a_reason()
    {
        var text = Stories.Compose(
            frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nallow:\n  first-person: \"a pair project\"",
            action: "We paired on it. We wrote the fix together and we shipped it.");
        var diagnostics = Stories.Check(text);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == Rule);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "suppression");
    }
}

public class PhraseRuleTests
{
    [Theory]
    [InlineData("blame", "The other team's service was the real problem, so I added a timeout.")]
    [InlineData("heroics", "I worked 18 hours straight and fixed it.")]
    [InlineData("heroics", "I pulled an all-nighter and I fixed it.")]
    [InlineData("buzzwords", "I am passionate about microservices, so I split the service.")]
    [InlineData("buzzwords", "I found the low-hanging fruit and I fixed it.")]
    public void Phrase_in_the_action_is_reported(string rule, string action)
    {
        Stories.Check(Stories.Compose(action: action)).Single(rule);
    }

    [Theory]
    [InlineData("I ran a blameless review and I fixed the timeout.")]
    [InlineData("I quoted the runbook: \"worked all night\" is not a plan, and I changed the rota.")]
    [InlineData("I measured 18 hours of traffic and I fixed it.")]
    [InlineData("I used the `synergy` flag name and I fixed it.")]
    public void Near_misses_are_not_reported(string action)
    {
        var diagnostics = Stories.Check(Stories.Compose(action: action));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "blame" or "heroics" or "buzzwords");
    }

    [Fact]
    public void Handbook_can_extend_a_phrase_list()
    {
        var config = Stories.DefaultConfig with
        {
            Phrases = Stories.DefaultConfig.Phrases.ToDictionary(p => p.Key, p => p.Key == "buzzwords" ? (IReadOnlyList<string>)[.. p.Value, "web scale"] : p.Value),
        };
        var diagnostic = Stories.Check(Stories.Compose(action: "I made the service web scale and I measured it."), config: config).Single("buzzwords");
        Assert.Contains("web scale", diagnostic.Message);
    }

    [Fact]
    public void Vague_word_outside_the_result_is_not_a_vague_metric()
    {
        var text = Stories.Compose(situation: "Checkout was significantly slower than search, at 900 ms.");
        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "vague-metric");
    }
}

public class StructureRuleTests
{
    [Fact]
    public void Each_missing_star_section_is_reported()
    {
        var text = "---\ntitle: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\ntradeoff: I chose a rollback over a fix.\n---\n\n## Result\nErrors fell from 4% to 0.1%.\n";
        var missing = Stories.Check(text).Where(d => d.RuleId == "missing-section").Select(d => d.Message).ToList();
        Assert.Equal(3, missing.Count);
        Assert.Contains(missing, m => m.Contains("Situation"));
        Assert.Contains(missing, m => m.Contains("Task"));
        Assert.Contains(missing, m => m.Contains("Action"));
    }

    [Fact]
    public void Learning_heading_counts_as_reflection()
    {
        var text = Stories.Compose().Replace("## Reflection", "## Learning");
        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "missing-reflection");
    }

    [Fact]
    public void Before_about_time_is_not_a_baseline()
    {
        var text = Stories.Compose(action: "I rolled back before the launch.", result: "Checkout served 2,400 orders a minute.", tradeoff: "I rejected a hot-fix and accepted a slower launch.");
        Stories.Check(text).Single("no-baseline");
    }

    [Fact]
    public void Before_and_after_satisfies_the_baseline_rule()
    {
        Assert.DoesNotContain(Stories.Check(Stories.Compose(result: "Errors went from 4% to 0.1%.")), d => d.RuleId == "no-baseline");
    }

    [Fact]
    public void Long_story_reports_its_speaking_time()
    {
        var action = string.Join(' ', Enumerable.Repeat("I measured the queue and I tuned the consumer batch size.", 60));
        var diagnostic = Stories.Check(Stories.Compose(action: action)).Single("speaking-time");
        Assert.Contains("over 3 min 30 s", diagnostic.Message);
    }

    [Fact]
    public void Short_opening_is_not_a_slow_start()
    {
        Assert.DoesNotContain(Stories.Check(Stories.Compose()), d => d.RuleId == "slow-start");
    }

    [Fact]
    public void Someone_elses_technical_verb_does_not_count()
    {
        var text = Stories.Compose(task: "I led the migration.", action: "The architects designed it and I attended the reviews.");
        Stories.Check(text).Single("title-inflation");
    }

    [Fact]
    public void Led_with_technical_action_is_not_title_inflation()
    {
        var text = Stories.Compose(task: "I led the migration.", action: "I designed the dual writes and I measured the lag.");
        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "title-inflation");
    }

    [Fact]
    public void Staff_story_without_wider_scope_gets_a_suggestion()
    {
        var text = Stories.Compose(frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: staff");
        var diagnostic = Stories.Check(text).Single("level-scope");
        Assert.StartsWith("suggestion:", diagnostic.Message);
        Assert.Equal(5, diagnostic.Location.Line);
    }

    [Fact]
    public void Staff_story_across_teams_has_the_scope()
    {
        var text = Stories.Compose(frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: staff",
            action: "I coordinated four teams over two quarters and I profiled the hot path.");
        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "level-scope");
    }
}

public class SuppressionRuleTests
{
    private static IReadOnlyList<Diagnostic> CheckWithAllow(string allow) => Stories.Check(Stories.Compose(
        frontMatter: $"title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nallow:\n{allow}",
        action: "We paired on it. We wrote the fix together and we shipped it."));

    [Fact]
    public void Suppression_without_a_reason_is_a_warning_and_still_suppresses()
    {
        var diagnostics = CheckWithAllow("  first-person:");
        var diagnostic = diagnostics.Single("suppression");
        Assert.Equal(7, diagnostic.Location.Line);
        Assert.Contains("no reason", diagnostic.Message);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "first-person");
    }

    [Fact]
    public void Error_rules_cannot_be_silenced_per_story()
    {
        var diagnostics = Stories.Check(Stories.Compose(
            frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\nallow:\n  missing-metric: \"trust me\"",
            result: "It got better."));
        Assert.Contains(diagnostics, d => d.RuleId == "missing-metric" && d.IsError);
        Assert.Contains("cannot be silenced", diagnostics.Single("suppression").Message);
    }

    [Fact]
    public void Unknown_rule_in_allow_suggests_the_nearest()
    {
        var diagnostic = CheckWithAllow("  first-persn: \"pair project\"").Single("suppression");
        Assert.Contains("`first-person`", diagnostic.Help);
    }
}

public class CoachingCalibrationTests
{
    [Fact]
    public void Resume_style_action_without_we_is_clear_ownership()
    {
        var text = Stories.Compose(task: "Owned the order history API.", action: "Profiled the hot path, found an N+1, added a batch loader.");

        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "first-person");
    }

    [Fact]
    public void Action_with_no_actor_that_says_we_is_unclear_ownership()
    {
        var text = Stories.Compose(task: "I owned it, and my goal was speed.", action: "Sampled the volume. Then we turned off debug logs.");
        var diagnostic = Stories.Check(text).Single("first-person");

        Assert.Contains("never I/my/me", diagnostic.Message);
    }

    [Fact]
    public void First_person_ratio_is_an_option()
    {
        var text = Stories.Compose(task: "We owned it.", action: "We planned it and I built it, we shipped it.");
        var lenient = Stories.DefaultConfig with
        {
            RuleOptions = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["first-person"] = new Dictionary<string, double> { ["ratio"] = 5 } },
        };

        Assert.Contains(Stories.Check(text), d => d.RuleId == "first-person");
        Assert.DoesNotContain(Stories.Check(text, config: lenient), d => d.RuleId == "first-person");
    }

    [Fact]
    public void Led_with_a_resume_style_built_is_not_title_inflation()
    {
        var text = Stories.Compose(task: "Led the checkout rewrite.", action: "Built the payment adapter and load-tested it at 2k rps.");

        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "title-inflation");
    }

    [Theory]
    [InlineData("It got better for everyone.", "It got better")]
    [InlineData("Everything improved after that.", "Everything improved")]
    public void New_vague_phrases_are_reported(string result, string phrase)
    {
        var text = Stories.Compose(result: result + " Errors fell from 3% to 1%.");

        Assert.Contains($"\"{phrase}\"", Stories.Check(text).Single("vague-metric").Message);
    }

    [Theory]
    [InlineData("The vendor's SDK caused the problem, so I wrapped it in a timeout.")]
    [InlineData("Product kept changing things, so I froze the scope.")]
    public void New_blame_phrases_are_reported(string action)
    {
        Stories.Check(Stories.Compose(action: action)).Single("blame");
    }

    [Fact]
    public void Owning_the_cause_is_not_blame()
    {
        var text = Stories.Compose(action: "My config change caused the problem, so I rolled it back.");

        Assert.DoesNotContain(Stories.Check(text), d => d.RuleId == "blame");
    }

    [Fact]
    public void High_impact_is_a_buzzword()
    {
        Stories.Check(Stories.Compose(situation: "A high-impact launch was due on Monday.")).Single("buzzwords");
    }

    [Fact]
    public void Improved_to_an_end_state_has_no_baseline()
    {
        var diagnostic = Stories.Check(Stories.Compose(result: "Availability improved to 99.95%.")).Single("no-baseline");

        Assert.Contains("\"99.95%\"", diagnostic.Message);
    }

    [Fact]
    public void Missing_metric_quotes_only_the_story_own_words()
    {
        var diagnostic = Stories.Check(Stories.Compose(result: "The team was happy with the launch.")).Single("missing-metric");

        Assert.DoesNotContain("much faster", diagnostic.Message);
        Assert.Contains("\"The team was happy with the launch.\"", diagnostic.Message);
    }

    [Fact]
    public void Missing_metric_quotes_the_story_vague_phrase()
    {
        var diagnostic = Stories.Check(Stories.Compose(result: "Search got way faster.")).Single("missing-metric");

        Assert.Contains("\"way faster\" does not survive", diagnostic.Message);
    }
}

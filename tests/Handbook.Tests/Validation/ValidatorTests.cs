using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Tests.Support;
using Handbook.Validation;
using Handbook.Validation.Rules;

namespace Handbook.Tests.Validation;

public class ValidatorTests
{
    [Fact]
    public void Draft_is_not_held_to_the_error_rules()
    {
        var diagnostics = Stories.CheckFixture("draft-incomplete.md");

        Assert.Contains(diagnostics, d => d.RuleId == "missing-metric");
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Two_stories_with_the_same_slug_are_an_error_on_the_second()
    {
        var bag = new DiagnosticBag();
        var first = StoryReader.Parse(Stories.Compose(), "a/outage.md", bag)!;
        var second = StoryReader.Parse(Stories.Compose(), "b/outage.md", bag)!;

        Validator.Run(RuleSet.CreateDefault(), [second, first], Stories.DefaultConfig, bag);

        var diagnostic = bag.Sorted().Single(RuleIds.DuplicateSlug);
        Assert.Equal("b/outage.md", diagnostic.Location.Path);
        Assert.Contains("a/outage.md", diagnostic.Message);
    }

    [Fact]
    public void Every_problem_in_every_story_is_reported_in_one_run()
    {
        var bag = new DiagnosticBag();
        var stories = new[] { "no-metric.md", "no-tradeoff.md", "unknown-ids.md" }
            .Select(name => StoryReader.Read(Paths.Fixture("Stories", name), bag)!)
            .ToList();
        StoryReader.Read(Paths.Fixture("Stories", "bad-yaml.md"), bag);

        Validator.Run(RuleSet.CreateDefault(), stories, Stories.DefaultConfig, bag);

        var rules = bag.Sorted().Select(d => d.RuleId).ToHashSet();
        Assert.Superset(new HashSet<string> { "missing-metric", "missing-tradeoff", "unknown-competency", "unknown-pattern", RuleIds.YamlSyntax }, rules);
    }

    [Fact]
    public void Registering_a_rule_twice_keeps_one_copy_in_its_first_place()
    {
        var rules = RuleSet.CreateDefault();
        var before = rules.Rules.Select(r => r.Id).ToList();

        rules.Add(new MissingMetricRule());

        Assert.Equal(before, rules.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Structural_rules_are_not_configurable()
    {
        var configurable = RuleSet.CreateDefault().ConfigurableIds;

        Assert.Contains("missing-metric", configurable);
        Assert.DoesNotContain("unknown-competency", configurable);
        Assert.DoesNotContain(RuleIds.DuplicateSlug, configurable);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_then_line()
    {
        var bag = new DiagnosticBag();
        bag.Add(new SourceLocation("b.md", 1, 1), Severity.Error, "x", "m");
        bag.Add(new SourceLocation("a.md", 9, 1), Severity.Error, "x", "m");
        bag.Add(new SourceLocation("a.md", 2, 1), Severity.Warning, "x", "m");

        Assert.Equal(["a.md:2", "a.md:9", "b.md:1"], bag.Sorted().Select(d => $"{d.Location.Path}:{d.Location.Line}"));
    }

    [Fact]
    public void Level_ids_round_trip()
    {
        foreach (var level in Levels.All)
        {
            Assert.True(Levels.TryParse(level.Id(), out var parsed));
            Assert.Equal(level, parsed);
        }
    }
}

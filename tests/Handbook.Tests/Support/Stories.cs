using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Validation;

namespace Handbook.Tests.Support;

/// <summary>Reads and validates single stories against the built-in configuration.</summary>
internal static class Stories
{
    /// <summary>The built-in competencies and question bank.</summary>
    public static HandbookConfig DefaultConfig { get; } =
        ConfigLoader.DefaultHandbook() with { Questions = ConfigLoader.DefaultQuestions() };

    /// <summary>The diagnostics for a story given as text.</summary>
    public static IReadOnlyList<Diagnostic> Check(string text, string path = "story.md", HandbookConfig? config = null)
    {
        var bag = new DiagnosticBag();
        var story = StoryReader.Parse(text, path, bag);
        if (story is not null) Validator.Run(RuleSet.CreateDefault(), [story], config ?? DefaultConfig, bag);
        return bag.Sorted();
    }

    /// <summary>The diagnostics for a fixture story under Fixtures/Stories.</summary>
    public static IReadOnlyList<Diagnostic> CheckFixture(string name)
    {
        var path = Paths.Fixture("Stories", name);
        var bag = new DiagnosticBag();
        var story = StoryReader.Read(path, bag);
        if (story is not null) Validator.Run(RuleSet.CreateDefault(), [story], DefaultConfig, bag);
        return bag.Sorted();
    }

    /// <summary>The one diagnostic with <paramref name="rule"/>; fails when there is not exactly one.</summary>
    public static Diagnostic Single(this IReadOnlyList<Diagnostic> diagnostics, string rule) =>
        Assert.Single(diagnostics, d => d.RuleId == rule);

    /// <summary>A well-formed story, with parts that tests swap out.</summary>
    public static string Compose(
        string? frontMatter = null,
        string situation = "Our checkout served 2,400 orders a minute on one Postgres cluster.",
        string task = "I owned the service.",
        string action = "I profiled the hot path, moved the inventory call out of the transaction and load-tested it.",
        string? tradeoff = "I chose a rollback over a forward fix, giving up a pricing change for two days.",
        string? result = "Checkout errors fell from 38% to 0% within 4 minutes.",
        string reflection = "I now load-test pool changes before they ship.")
    {
        var front = frontMatter ?? """
            title: A story
            competencies: [ownership]
            patterns: [production-incident]
            level: senior
            """;
        var body = new List<string> { "---", front.TrimEnd(), "---", "", "## Situation", situation, "", "## Task", task, "", "## Action", action, "" };
        if (tradeoff is not null) body.AddRange(["## Trade-off", tradeoff, ""]);
        if (result is not null) body.AddRange(["## Result", result, ""]);
        body.AddRange(["## Reflection", reflection, ""]);
        return string.Join('\n', body);
    }
}

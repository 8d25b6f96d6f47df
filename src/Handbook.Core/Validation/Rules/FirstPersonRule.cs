using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// Ownership is unclear when Task and Action say "we/our/us" more than "I/my/me" (times <c>ratio</c>), or when the
/// Action names no actor of its own ("I", "my", "me") yet says "we". A résumé-style Action that drops the subject
/// ("Profiled the hot path, found an N+1, added a batch loader") and says no "we" is clear ownership.
/// </summary>
public sealed class FirstPersonRule : ValidationRule
{
    /// <summary>How many times "I/my/me" the "we/our/us" count may reach before ownership is unclear.</summary>
    public const double DefaultRatio = 1.0;

    /// <inheritdoc />
    public override string Id => "first-person";

    /// <inheritdoc />
    public override string Description => "Task and Action do not make clear what the author personally did.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options { get; } =
        [new("ratio", DefaultRatio, "Warn when we/our/us in Task and Action exceed I/my/me times this.")];

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var facts = context.Facts(story);
        var (singular, plural) = facts.Pronouns(SectionKind.Task, SectionKind.Action);
        if (plural > 0 && plural > singular * context.Option("ratio"))
        {
            var (line, column) = FirstPlural(facts, SectionKind.Task, SectionKind.Action);
            context.Report(story, line, column,
                $"ownership is unclear: Task and Action say we/our/us {plural} times and I/my/me {singular} times.",
                "say what you did yourself (\"I designed\", \"I rolled back\"); keep \"we\" for what the team did.");
            return;
        }
        var action = story.Section(SectionKind.Action);
        if (action is null) return;
        var (actionSingular, actionPlural) = facts.Pronouns(SectionKind.Action);
        if (actionSingular > 0 || actionPlural == 0) return;
        var (at, col) = FirstPlural(facts, SectionKind.Action);
        context.Report(story, at, col, $"the Action says we/our/us {actionPlural} times and never I/my/me: who did what?",
            "name your own part (\"I profiled…\", \"I rolled out…\"); a résumé-style list of your verbs also works.");
    }

    private static (int Line, int Column) FirstPlural(StoryFacts facts, params SectionKind[] kinds)
    {
        var first = facts.Story.Sections
            .Where(s => kinds.Contains(s.Kind))
            .Select(s => (Section: s, Match: StoryProse.PluralWords(facts, s).FirstOrDefault()))
            .First(x => x.Match is not null);
        return StoryProse.Locate(first.Section, first.Match!.Index);
    }
}

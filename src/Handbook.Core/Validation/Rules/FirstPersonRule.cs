using System.Text.RegularExpressions;
using Handbook.Coaching;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Ownership is unclear when Task and Action say "we" more than "I", or the Action has no "I &lt;verb&gt;".</summary>
public sealed partial class FirstPersonRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "first-person";

    /// <inheritdoc />
    public override string Description => "Task and Action do not make clear what the author personally did.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    [GeneratedRegex(@"\bI\s+(?:[a-z]+ly\s+)?[a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonVerb();

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var (singular, plural) = StoryProse.Pronouns(story, SectionKind.Task, SectionKind.Action);
        if (plural > singular)
        {
            var first = story.Sections
                .Where(s => s.Kind is SectionKind.Task or SectionKind.Action)
                .Select(s => (Section: s, Match: StoryProse.PluralWords(s).FirstOrDefault()))
                .First(x => x.Match is not null);
            var (line, column) = StoryProse.Locate(first.Section, first.Match!.Index);
            context.Report(story, line, column,
                $"ownership is unclear: Task and Action say we/our/us {plural} times and I/my/me {singular} times.",
                "say what you did yourself (\"I designed\", \"I rolled back\"); keep \"we\" for what the team did.");
            return;
        }
        var action = story.Section(SectionKind.Action);
        if (action is not null && !action.IsEmpty && !FirstPersonVerb().IsMatch(ProseMask.Mask(action.Markdown)))
        {
            context.Report(story, action.Line, 1, "the Action has no \"I <verb>\": it does not say what you did.",
                "start the decisive sentences with \"I\": \"I profiled…\", \"I proposed…\", \"I rolled out…\".");
        }
    }
}

using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Situation and Task together should be said in about ten seconds.</summary>
public sealed class SlowStartRule : ValidationRule
{
    /// <summary>About ten seconds of speech.</summary>
    public const int MaxWords = 25;

    /// <inheritdoc />
    public override string Id => "slow-start";

    /// <inheritdoc />
    public override string Description => "Situation and Task take longer than about ten seconds to say.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options { get; } =
        [new("maxWords", MaxWords, "Most words in Situation and Task together (about ten seconds of speech).")];

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var maxWords = (int)context.Option("maxWords");
        var opening = story.Sections.Where(s => s.Kind is SectionKind.Situation or SectionKind.Task).ToList();
        var facts = context.Facts(story);
        var words = opening.Sum(s => facts.Of(s).Words);
        if (words <= maxWords || opening.Count == 0) return;
        context.Report(story, opening[0].Line, 1,
            $"Situation and Task take about {StoryProse.Seconds(words)} s to say ({words} words); get to the action in about {StoryProse.Seconds(maxWords)} s ({maxWords} words).",
            "keep the Situation to the system, its scale and the stakes, and the Task to what you owned.");
    }
}

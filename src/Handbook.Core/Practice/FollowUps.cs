using System.Text.RegularExpressions;
using Handbook.Analysis;
using Handbook.Model;

namespace Handbook.Practice;

/// <summary>
/// The pressure questions an interviewer asks after a story: "why not the option you rejected?", "how did you
/// measure that?", "what would you change?". Drawn from the story's own trade-off and metric.
/// </summary>
public static partial class FollowUps
{
    /// <summary>Longest rejected alternative quoted back; longer matches are clauses, not options.</summary>
    private const int MaxAlternativeLength = 60;

    // "rejected a full rewrite", "instead of a maintenance window", "chose X over a hot-fix", "considered buying Y".
    [GeneratedRegex(@"\b(?:rejected|instead of|rather than|over|considered|ruled out)\s+(?<alternative>[^.,;:()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternative();

    /// <summary>The follow-up questions for a story, from its <paramref name="facts"/>, most specific first.</summary>
    public static IReadOnlyList<string> For(StoryFacts facts)
    {
        var story = facts.Story;
        var questions = new List<string>();
        var tradeoff = string.Join(' ', story.Tradeoff, story.Section(SectionKind.Tradeoff) is { } section ? facts.Of(section).Plain : "");
        foreach (Match match in Alternative().Matches(tradeoff))
        {
            var alternative = match.Groups["alternative"].Value.Trim();
            if (alternative.Length is > 2 and <= MaxAlternativeLength)
            {
                questions.Add($"Why not {alternative}?");
                break;
            }
        }
        var metric = facts.KeyMetric;
        // A figure that already gives its baseline ("38% -> 0%") is asked about how it was measured, not what it was compared with.
        if (metric.Length > 0)
        {
            questions.Add(Validation.Rules.NoBaselineRule.HasBaseline(metric)
                ? $"How did you measure \"{metric}\", and over what period?"
                : $"How did you measure \"{metric}\", and what was the baseline?");
        }
        questions.Add("Who made the final call, and who disagreed?");
        questions.Add("What would you do differently next time?");
        return questions;
    }
}

using Handbook.Model;

namespace Handbook.Targets;

/// <summary>What the planner made of one target loop: the stories per value, best first, and a story per round.</summary>
public sealed record TargetPlan
{
    /// <summary>The loop planned.</summary>
    public required TargetLoop Target { get; init; }

    /// <summary>Per value, in file order: the stories that demonstrate it.</summary>
    public required IReadOnlyList<ValueStories> Values { get; init; }

    /// <summary>Per round, in file order: the stories to tell and the backup.</summary>
    public required IReadOnlyList<RoundPlan> Rounds { get; init; }

    /// <summary>Values no story demonstrates.</summary>
    public IEnumerable<TargetValue> Gaps => Values.Where(v => v.IsGap).Select(v => v.Value);

    /// <summary>Stories told in more than one round because the bank has too few; empty when none is.</summary>
    public required IReadOnlyList<RetoldStory> Retold { get; init; }

    /// <summary>True when the bank has enough stories to tell a different one in every slot of the loop.</summary>
    public bool NoRepeats => Retold.Count == 0;

    /// <summary>The ranked stories of one value.</summary>
    public ValueStories StoriesFor(string valueId) => Values.First(v => v.Value.Id == valueId);
}

/// <summary>The stories that demonstrate one value, best first.</summary>
/// <param name="Value">The value.</param>
/// <param name="Ranked">Every story that shows one of the value's competencies, best first.</param>
public sealed record ValueStories(TargetValue Value, IReadOnlyList<RankedStory> Ranked)
{
    /// <summary>True when no story demonstrates the value.</summary>
    public bool IsGap => Ranked.Count == 0;
}

/// <summary>A story as a candidate for one value, with what its rank rests on.</summary>
/// <param name="Story">The story.</param>
/// <param name="Rank">0-based position among the value's candidates.</param>
/// <param name="LevelDistance">Steps from the level applied for: 0 at it, positive above, negative below; null when either level is unknown.</param>
/// <param name="Competencies">The value's competencies the story shows.</param>
/// <param name="PromptsAnswered">The value's prompts that the story's question patterns answer.</param>
/// <param name="Practice">The practice record of the story's patterns; null when there is none.</param>
public sealed record RankedStory(
    Story Story,
    int Rank,
    int? LevelDistance,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> PromptsAnswered,
    PracticeTally? Practice);

/// <summary>One round's plan.</summary>
/// <param name="Round">The round.</param>
/// <param name="Picks">Per value the round grades, in the round's order: the story to tell (or a gap).</param>
/// <param name="Backup">A story to reach for if a follow-up asks for another example; null when the bank has none.</param>
public sealed record RoundPlan(TargetRound Round, IReadOnlyList<Pick> Picks, Pick? Backup)
{
    /// <summary>The distinct stories to tell in this round, in order.</summary>
    public IEnumerable<Story> Stories => Picks.Select(p => p.Story).OfType<Story>().Distinct();
}

/// <summary>The story chosen for one value in one round, and why.</summary>
/// <param name="Value">The value it answers.</param>
/// <param name="Story">The story; null when no story demonstrates the value (a gap).</param>
/// <param name="Explanation">One sentence: why this story, here.</param>
/// <param name="Retold">True when the story is also told in another round (the bank is short).</param>
public sealed record Pick(TargetValue Value, Story? Story, string Explanation, bool Retold = false);

/// <summary>A story told in more than one round.</summary>
/// <param name="Story">The story.</param>
/// <param name="Rounds">The rounds it is told in, by number.</param>
public sealed record RetoldStory(Story Story, IReadOnlyList<int> Rounds);

using System.Runtime.CompilerServices;
using Handbook.Model;

namespace Handbook.Analysis;

/// <summary>
/// The analysis stage: the <see cref="StoryFacts"/> of each story, worked out once per story object. One is made
/// per build, or kept by the build cache across <c>serve</c> rebuilds, where unchanged stories stay the same
/// objects and keep their facts. A story changed by a later stage (<c>with</c>) is a new object and is analysed anew.
/// </summary>
public sealed class StoryAnalysis
{
    private readonly ConditionalWeakTable<Story, StoryFacts> _facts = new();

    private int _analysed;

    /// <summary>How many stories were actually analysed (not found in the table), since the table was made.</summary>
    public int Analysed => _analysed;

    /// <summary>The facts of <paramref name="story"/>, analysed on first use.</summary>
    public StoryFacts Of(Story story) => _facts.GetValue(story, Analyse);

    private StoryFacts Analyse(Story story)
    {
        Interlocked.Increment(ref _analysed);
        return StoryFacts.Of(story);
    }

    /// <summary>Analyses every story, in parallel, ahead of the stages that read them.</summary>
    public void Run(IReadOnlyList<Story> stories) => Parallel.ForEach(stories, story => Of(story));
}

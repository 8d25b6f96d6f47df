using System.Runtime.CompilerServices;
using Handbook.Analysis;
using Handbook.Model;

namespace Handbook.Searching;

/// <summary>
/// The search terms of each story's own text, kept while the story object lives: the build cache holds one, so a
/// <c>serve</c> rebuild tokenizes only the stories that changed.
/// </summary>
public sealed class SearchTermCache
{
    private readonly ConditionalWeakTable<Story, Dictionary<string, SearchField>> _terms = new();

    /// <summary>The terms of the story of <paramref name="facts"/>; read only, callers copy before adding to them.</summary>
    internal IReadOnlyDictionary<string, SearchField> Of(StoryFacts facts) => _terms.GetValue(facts.Story, _ => SearchIndexBuilder.TextFields(facts));
}

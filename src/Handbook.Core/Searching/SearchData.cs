using System.Text.Json.Serialization;

namespace Handbook.Searching;

// The shapes of the search scripts. Short property names because every story repeats them; search.js
// reads them by these names.

/// <summary>The whole search index script.</summary>
internal sealed record SearchData(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("shard")] int ShardSize,
    [property: JsonPropertyName("stop")] IReadOnlyList<string> StopWords,
    [property: JsonPropertyName("facets")] SearchFacets Facets,
    [property: JsonPropertyName("docs")] IReadOnlyList<SearchDoc> Docs,
    [property: JsonPropertyName("terms")] IReadOnlyCollection<string> Terms,
    [property: JsonPropertyName("post")] IReadOnlyList<int[]> Postings);

/// <summary>The facet values as <c>[id, title]</c> pairs, by axis.</summary>
internal sealed record SearchFacets(
    [property: JsonPropertyName("c")] IReadOnlyList<string[]> Competencies,
    [property: JsonPropertyName("p")] IReadOnlyList<string[]> Patterns,
    [property: JsonPropertyName("l")] IReadOnlyList<string[]> Levels);

/// <summary>One story's result card and facet positions.</summary>
internal sealed record SearchDoc(
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("s")] string Hook,
    [property: JsonPropertyName("m")] string Metric,
    [property: JsonPropertyName("o")] string Tradeoff,
    [property: JsonPropertyName("l")] int Level,
    [property: JsonPropertyName("c")] int[] Competencies,
    [property: JsonPropertyName("p")] int[] Patterns,
    [property: JsonPropertyName("g")] IReadOnlyList<string> Tags);

using System.Text.Json.Serialization;

namespace Handbook.Practice;

// The shapes of the practice data script; practice.js reads them by these short names.

/// <summary>The question bank and every story's outline.</summary>
internal sealed record PracticeData(
    [property: JsonPropertyName("patterns")] IReadOnlyList<PracticePattern> Patterns,
    [property: JsonPropertyName("stories")] IReadOnlyList<PracticeStory> Stories);

/// <summary>A question pattern and its prompts.</summary>
internal sealed record PracticePattern(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("prompts")] IReadOnlyList<string> Prompts,
    [property: JsonPropertyName("high")] bool HighSignal);

/// <summary>A story's outline: one line per beat, its key number, its trade-off and follow-up questions.</summary>
internal sealed record PracticeStory(
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("l")] string Level,
    [property: JsonPropertyName("p")] int[] Patterns,
    [property: JsonPropertyName("beats")] IReadOnlyList<string[]> Beats,
    [property: JsonPropertyName("m")] string Metric,
    [property: JsonPropertyName("o")] string Tradeoff,
    [property: JsonPropertyName("f")] IReadOnlyList<string> FollowUps);

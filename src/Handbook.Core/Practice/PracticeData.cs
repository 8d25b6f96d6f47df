using System.Text.Json.Serialization;

namespace Handbook.Practice;

// The shapes of the practice data script; practice.js reads them by these short names.

/// <summary>The question bank and every story's outline.</summary>
internal sealed record PracticeData(
    [property: JsonPropertyName("patterns")] IReadOnlyList<PracticePattern> Patterns,
    [property: JsonPropertyName("stories")] IReadOnlyList<PracticeStory> Stories,
    [property: JsonPropertyName("targets")] IReadOnlyList<PracticeTarget> Targets);

/// <summary>A target loop, for drilling one company's values: <c>practice.html#target=id</c>.</summary>
internal sealed record PracticeTarget(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("values")] IReadOnlyList<PracticeValue> Values);

/// <summary>A value of a target: how it is asked, whether it is a gap, and its stories best first (indexes into the stories).</summary>
internal sealed record PracticeValue(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("prompts")] IReadOnlyList<string> Prompts,
    [property: JsonPropertyName("gap")] bool Gap,
    [property: JsonPropertyName("s")] int[] Stories);

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

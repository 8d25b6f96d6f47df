namespace Handbook.Model;

/// <summary>A question pattern: one kind of prompt that several phrasings map to (the "what they ask" axis).</summary>
/// <param name="Id">Stable id used in front matter and URLs, e.g. <c>production-incident</c>.</param>
/// <param name="Title">Display title, e.g. "An outage you owned".</param>
/// <param name="Prompts">Phrasings an interviewer might use.</param>
/// <param name="Competencies">Competency ids the pattern usually probes.</param>
/// <param name="HighSignal">True for the patterns that carry the most weight in a loop.</param>
public sealed record QuestionPattern(
    string Id,
    string Title,
    IReadOnlyList<string> Prompts,
    IReadOnlyList<string> Competencies,
    bool HighSignal);

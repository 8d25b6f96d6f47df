using Handbook.Model;

namespace Handbook.Indexing;

/// <summary>One entry of an index: a competency, a pattern or a level, with the stories filed under it.</summary>
/// <param name="Axis">Which index it belongs to.</param>
/// <param name="Id">The id used in URLs and front matter.</param>
/// <param name="Title">Display title.</param>
/// <param name="Description">A sentence about the term; may be empty.</param>
/// <param name="Stories">Published stories filed under it, in site order.</param>
public sealed record IndexTerm(Axis Axis, string Id, string Title, string Description, IReadOnlyList<Story> Stories)
{
    /// <summary>Interviewer phrasings (question patterns only).</summary>
    public IReadOnlyList<string> Prompts { get; init; } = [];

    /// <summary>True for high-signal question patterns.</summary>
    public bool HighSignal { get; init; }

    /// <summary>The page's path in the output, e.g. <c>competencies/ownership.html</c>.</summary>
    public string PagePath => $"{Axis.Folder()}/{Id}.html";
}

namespace Handbook.Model;

/// <summary>A competency interviewers grade (the "why they ask" axis).</summary>
/// <param name="Id">Stable id used in front matter and URLs, e.g. <c>ownership</c>.</param>
/// <param name="Title">Display title.</param>
/// <param name="Description">What the competency means; may be empty.</param>
public sealed record Competency(string Id, string Title, string Description);

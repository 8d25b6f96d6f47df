namespace Handbook.Model;

/// <summary>One <c>##</c> section of a story body.</summary>
/// <param name="Kind">Which beat the heading names.</param>
/// <param name="Heading">The heading text as written.</param>
/// <param name="Markdown">The section's Markdown, without its heading.</param>
/// <param name="Line">1-based line of the heading in the story file.</param>
/// <param name="BodyLine">1-based line in the file where <paramref name="Markdown"/> starts.</param>
public sealed record StorySection(SectionKind Kind, string Heading, string Markdown, int Line, int BodyLine)
{
    /// <summary>True when the section holds no text at all.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}

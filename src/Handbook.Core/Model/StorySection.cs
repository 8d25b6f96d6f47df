namespace Handbook.Model;

/// <summary>One section of a story body: under a heading (any level) or after a label such as <c>**Result:**</c>.</summary>
/// <param name="Kind">Which beat the heading or label names.</param>
/// <param name="Heading">The heading or label text as written, without its markers.</param>
/// <param name="Markdown">The section's Markdown, without its heading or label.</param>
/// <param name="Line">1-based line of the heading or label in the story file.</param>
/// <param name="BodyLine">1-based line in the file where <paramref name="Markdown"/> starts.</param>
/// <param name="BodyColumn">1-based column in the file where <paramref name="Markdown"/> starts (after a label, not 1).</param>
public sealed record StorySection(SectionKind Kind, string Heading, string Markdown, int Line, int BodyLine, int BodyColumn = 1)
{
    /// <summary>True when the section holds no text at all.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}

/// <summary>
/// A recognised label inside a section of a story whose sections are headings, e.g. "Trade-off: memory grew 22%"
/// inside the Result. It does not start a section; it tells the checks what its paragraph is.
/// </summary>
/// <param name="Kind">The beat the label names.</param>
/// <param name="Label">The label as written, e.g. "Trade-off".</param>
/// <param name="Text">The text after the label, to the end of its paragraph.</param>
/// <param name="Line">1-based line of the label.</param>
/// <param name="Column">1-based column of the label.</param>
public sealed record SectionLabel(SectionKind Kind, string Label, string Text, int Line, int Column);

/// <summary>Something written like a section label whose name is not one the reader knows, e.g. <c>**Outcom:**</c>.</summary>
/// <param name="Written">The label as written in the file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Suggestion">The beat it most likely means.</param>
public sealed record LabelHint(string Written, int Line, int Column, SectionKind Suggestion);

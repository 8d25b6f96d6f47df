using Handbook.Model;
using Handbook.Text;
using Markdig;
using Markdig.Syntax;

namespace Handbook.Reading;

/// <summary>Splits a story body into its <c>##</c> sections, keeping file line numbers.</summary>
public static class SectionParser
{
    /// <summary>The heading level that starts a STAR section.</summary>
    public const int SectionHeadingLevel = 2;

    /// <summary>The text before the first section, and the sections in file order.</summary>
    /// <param name="body">The Markdown body (LF line endings).</param>
    /// <param name="bodyLine">The file line where the body starts.</param>
    public static (string Preamble, IReadOnlyList<StorySection> Sections) Parse(string body, int bodyLine)
    {
        var document = Markdown.Parse(body, MarkdownPipelines.Safe);
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level == SectionHeadingLevel).ToList();
        if (headings.Count == 0) return (body.Trim(), []);

        var lines = new LineMap(body);
        var sections = new List<StorySection>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var headingText = HeadingText(body, heading);
            var contentStart = Math.Min(body.Length, heading.Span.End + 1);
            var contentEnd = i + 1 < headings.Count ? headings[i + 1].Span.Start : body.Length;
            var markdown = contentEnd > contentStart ? body[contentStart..contentEnd].Trim('\n').TrimEnd() : "";
            var firstContent = contentStart;
            while (firstContent < contentEnd && body[firstContent] == '\n') firstContent++;
            sections.Add(new StorySection(
                SectionKinds.FromHeading(headingText),
                headingText,
                markdown,
                bodyLine + heading.Line,
                bodyLine + lines.Locate(firstContent).Line - 1));
        }
        var preamble = body[..headings[0].Span.Start].Trim();
        return (preamble, sections);
    }

    // The heading as written, without its markers: "## Trade-off ##" and a setext "Trade-off\n---" both give "Trade-off".
    private static string HeadingText(string body, HeadingBlock heading)
    {
        var raw = body.Substring(heading.Span.Start, Math.Min(heading.Span.Length, body.Length - heading.Span.Start));
        var firstLine = raw.Split('\n')[0].Trim();
        return heading.IsSetext ? firstLine : firstLine.TrimStart('#').TrimEnd('#').Trim();
    }
}

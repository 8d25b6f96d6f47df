using System.Text.RegularExpressions;
using Handbook.Model;
using Handbook.Text;
using Markdig;
using Markdig.Syntax;

namespace Handbook.Reading;

/// <summary>A story body as the section reader understood it.</summary>
/// <param name="Preamble">The Markdown before the first section.</param>
/// <param name="Sections">The sections in file order.</param>
/// <param name="InlineLabels">Labels inside heading-organised sections.</param>
/// <param name="Hints">Label-like text whose name was not recognised.</param>
public sealed record StoryBody(
    string Preamble,
    IReadOnlyList<StorySection> Sections,
    IReadOnlyList<SectionLabel> InlineLabels,
    IReadOnlyList<LabelHint> Hints);

/// <summary>
/// Finds a story's STAR-TR sections in every form people write them, with their real file lines:
/// <list type="bullet">
/// <item>headings of any level (<c>## Result</c>, <c>### Outcome</c>, setext), with synonyms and qualifiers
/// ("Trade-offs considered", "What I learned");</item>
/// <item>labels at the start of a line: bold (<c>**Result:**</c>, <c>**Result**:</c>), italic, plain (<c>Result:</c>),
/// in a bullet (<c>- Situation: ...</c>) or alone on their line;</item>
/// <item>several labels in one pasted paragraph ("... at 2k rps. Task: I owned ...").</item>
/// </list>
/// When a heading names a beat, headings organise the story and labels inside sections are kept as
/// <see cref="SectionLabel"/>s; otherwise the labels split the story. Code blocks and HTML are never read
/// for labels.
/// </summary>
public static partial class SectionReader
{
    /// <summary>The heading level whose unknown headings still start sections when no heading names a beat.</summary>
    public const int DefaultSectionLevel = 2;

    /// <summary>Longest label name read, in characters: a longer "Something:" is prose, not a label.</summary>
    public const int MaxLabelLength = 40;

    /// <summary>Most words in a plain label ("What I learned:"); a longer run before a colon is a sentence.</summary>
    public const int MaxLabelWords = 5;

    // A label at the start of a line, after an optional quote marker and bullet: **Name:**, **Name**:, *Name:*, __Name__:, Name:.
    // "rest" is what follows on the line.
    [GeneratedRegex(@"^(?<lead>[ ]{0,3}(?:>[ ]?)?(?:[-*+][ ]+|\d{1,2}[.)][ ]+)?)(?:(?<open>\*\*|__|\*|_)(?<bname>[^*_\n:]{2,40}?)[ ]*(?<bin>:)?[ ]*\k<open>[ ]*(?<bout>:)?|(?<pname>[A-Z][\p{L}'’ /&-]{0,39}?)[ ]*(?<pcolon>:)(?!//)|(?<alone>[A-Z][\p{L}'’ /&-]{1,39}?)[ ]*$)[ ]*(?<rest>[^\n]*)$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LineLabel();

    // A label inside a line, after the end of a sentence: "... 2k requests a second. Task: I owned ..." or "**Task:**".
    [GeneratedRegex(@"(?<=[.!?)""”'’][ ]+|[.!?][*_]{1,2}[ ]+)(?:(?<open>\*\*|__)(?<name>[A-Z][\p{L}'’ /&-]{1,39}?)[ ]*(?::[ ]*\k<open>|\k<open>[ ]*:)|(?<name>[A-Z][\p{L}'’ /&-]{1,39}?)[ ]*:)[ ]+",
        RegexOptions.CultureInvariant)]
    private static partial Regex InlineLabel();

    // One candidate section start found in the body.
    private sealed record Start(int Offset, int ContentOffset, SectionKind Kind, string Name, bool IsHeading, int Level, bool FromLabel, bool MidLine);

    /// <summary>Reads a story body.</summary>
    /// <param name="body">The Markdown body (LF line endings).</param>
    /// <param name="bodyLine">The file line where the body starts.</param>
    public static StoryBody Read(string body, int bodyLine)
    {
        var document = Markdown.Parse(body, MarkdownPipelines.Safe);
        var lines = new LineMap(body);
        var hints = new List<LabelHint>();
        var unreadable = UnreadableLines(document, lines.LineCount);

        var headings = new List<Start>();
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            var text = HeadingText(body, heading);
            var name = text.Contains(':') ? text[..text.IndexOf(':')] : text;
            var kind = SectionKinds.FromHeading(name);
            if (kind == SectionKind.Other) kind = SectionKinds.FromHeading(text);
            var contentStart = Math.Min(body.Length, heading.Span.End + 1);
            headings.Add(new Start(heading.Span.Start, contentStart, kind, text, true, heading.Level, false, false));
            if (kind == SectionKind.Other && SectionKinds.Suggest(name) is { } suggestion)
            {
                hints.Add(new LabelHint(body.Substring(heading.Span.Start, Math.Min(heading.Span.Length, body.Length - heading.Span.Start)).Split('\n')[0].Trim(),
                    bodyLine + heading.Line, heading.Column + 1, suggestion));
            }
        }

        var labels = FindLabels(body, unreadable, headings, hints, lines, bodyLine);
        var known = headings.Where(h => h.Kind != SectionKind.Other).ToList();
        List<Start> starts;
        var inline = new List<SectionLabel>();
        if (known.Count > 0)
        {
            // Headings organise the story: every heading that names a beat, and unknown headings at the level of the
            // shallowest named one (a deeper unknown heading is a sub-heading; a shallower one before the first named
            // heading is the story's title).
            var level = known.Min(h => h.Level);
            var first = known[0].Offset;
            starts = headings.Where(h => h.Kind != SectionKind.Other || (h.Level <= level && (h.Offset > first || h.Level == level))).ToList();
            for (var i = 0; i < labels.Count; i++)
            {
                var label = labels[i];
                var (line, column) = lines.Locate(label.Offset);
                var next = i + 1 < labels.Count ? labels[i + 1].Offset : body.Length;
                inline.Add(new SectionLabel(label.Kind, label.Name, ParagraphAfter(body, label.ContentOffset, next), bodyLine + line - 1, column));
            }
        }
        else if (labels.Count > 1 || labels.Any(l => !l.MidLine))
        {
            // One "Result:" in the middle of a line, with no other label, is a sentence, not a section.
            starts = labels;
        }
        else
        {
            starts = headings.Where(h => h.Level == DefaultSectionLevel).ToList();
        }
        starts = [.. starts.OrderBy(s => s.Offset)];
        if (starts.Count == 0) return new StoryBody(body.Trim(), [], inline, hints);

        var sections = new List<StorySection>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var contentEnd = i + 1 < starts.Count ? starts[i + 1].Offset : body.Length;
            var contentStart = Math.Min(start.ContentOffset, contentEnd);
            var first = contentStart;
            while (first < contentEnd && body[first] == '\n') first++;
            var markdown = first < contentEnd ? body[first..contentEnd].TrimEnd() : "";
            var (line, _) = lines.Locate(start.Offset);
            var (contentLine, contentColumn) = lines.Locate(first);
            sections.Add(new StorySection(start.Kind, start.Name, markdown, bodyLine + line - 1, bodyLine + contentLine - 1, contentColumn));
        }
        var preamble = body[..starts[0].Offset].Trim();
        return new StoryBody(preamble, sections, inline, hints);
    }

    // Labels at line starts and inside lines, outside code, HTML and headings; near misses become hints.
    private static List<Start> FindLabels(string body, bool[] unreadable, List<Start> headings, List<LabelHint> hints, LineMap lines, int bodyLine)
    {
        // Sets of line numbers are arrays: a set of ints is generic code the JIT compiles in every build.
        var headingLines = new bool[lines.LineCount + 1];
        foreach (var heading in headings) headingLines[lines.Locate(heading.Offset).Line] = true;
        var found = new List<Start>();
        var letters = new List<Start>();
        foreach (Match match in LineLabel().Matches(body))
        {
            var (line, _) = lines.Locate(match.Index);
            if (unreadable[line] || headingLines[line]) continue;
            var bold = match.Groups["bname"].Success;
            var alone = match.Groups["alone"].Success;
            var name = (bold ? match.Groups["bname"] : alone ? match.Groups["alone"] : match.Groups["pname"]).Value.Trim();
            var rest = match.Groups["rest"];
            var hasColon = match.Groups["bin"].Success || match.Groups["bout"].Success || match.Groups["pcolon"].Success;
            // A bold name alone on its line needs no colon, nor one followed by a capital or a dash ("**Result** The p99
            // fell...", "**Context** — ..."); a plain one must be a name exactly, nothing more.
            var boldRunIn = bold && !hasColon && rest.Length > 0;
            if (boldRunIn && !StartsRunInText(rest.Value)) continue;
            if (alone && (rest.Length > 0 || IsContinuation(body, match.Index))) continue;
            if (WordCount(name) > MaxLabelWords) continue;
            if (name.Length == 1)
            {
                // S:, T:, A:, R:, L: count only in a story written with at least two of them.
                if (hasColon && !bold && Abbreviations.TryGetValue(name[0], out var beat)) letters.Add(new Start(match.Index, rest.Length > 0 ? rest.Index : Math.Min(body.Length, match.Index + match.Length + 1), beat, name, false, 0, true, false));
                continue;
            }
            var kind = SectionKinds.FromName(name, allowQualifier: bold && !boldRunIn);
            var labelStart = match.Index + match.Groups["lead"].Length;
            if (kind == SectionKind.Other)
            {
                if (!alone && SectionKinds.Suggest(name) is { } suggestion)
                {
                    var written = body[labelStart..rest.Index].TrimEnd();
                    var (hintLine, hintColumn) = lines.Locate(labelStart);
                    hints.Add(new LabelHint(written, bodyLine + hintLine - 1, hintColumn, suggestion));
                }
                continue;
            }
            var contentOffset = rest.Length > 0 ? rest.Index : Math.Min(body.Length, match.Index + match.Length + 1);
            while (boldRunIn && contentOffset < rest.Index + rest.Length && body[contentOffset] is '—' or '–' or '-' or ' ') contentOffset++;
            found.Add(new Start(match.Index, contentOffset, kind, name, false, 0, true, false));
        }
        if (letters.Select(l => l.Name).Distinct(StringComparer.Ordinal).Count() >= MinAbbreviations)
        {
            found.AddRange(letters);
            found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        }
        // Line labels are found in order and each covers part of one line; inline matches come in order too, so one
        // forward pass finds the line label that may cover a match (not a search of all of them per match).
        var lineLabels = found.Count;
        var covering = 0;
        foreach (Match match in InlineLabel().Matches(body))
        {
            var (line, _) = lines.Locate(match.Index);
            if (unreadable[line] || headingLines[line]) continue;
            var name = match.Groups["name"].Value.Trim();
            var kind = SectionKinds.FromName(name, allowQualifier: false);
            if (kind == SectionKind.Other) continue;
            while (covering + 1 < lineLabels && found[covering + 1].Offset <= match.Index) covering++;
            if (covering < lineLabels && found[covering].Offset <= match.Index && match.Index < found[covering].ContentOffset) continue;
            found.Add(new Start(match.Index, match.Index + match.Length, kind, name, false, 0, true, true));
        }
        return [.. found.OrderBy(f => f.Offset)];
    }

    /// <summary>Fewest different one-letter labels (S:, T:, A:, R:) that make a story written with them.</summary>
    public const int MinAbbreviations = 2;

    // One-letter labels of STAR, STAR-L and CARL.
    private static readonly Dictionary<char, SectionKind> Abbreviations = new()
    {
        ['S'] = SectionKind.Situation, ['C'] = SectionKind.Situation, ['T'] = SectionKind.Task, ['A'] = SectionKind.Action,
        ['R'] = SectionKind.Result, ['L'] = SectionKind.Reflection,
    };

    // Text run in after a bold name without a colon starts with a capital, a digit or a dash.
    private static bool StartsRunInText(string rest) => rest.Length > 0 && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '—' or '–' or '-');

    // A line that continues a paragraph ("...the rollout\nWorked") is no label, even with a capital.
    private static bool IsContinuation(string body, int lineStart)
    {
        if (lineStart == 0) return false;
        var previousEnd = lineStart - 1;
        var previousStart = body.LastIndexOf('\n', Math.Max(0, previousEnd - 1)) + 1;
        return previousEnd > previousStart && body.AsSpan(previousStart, previousEnd - previousStart).Trim().Length > 0;
    }

    // The text from a label's content to the end of its paragraph or the next label, whichever comes first (each
    // label's text is its own, and a paragraph of many labels is not copied once per label).
    private static string ParagraphAfter(string body, int offset, int next)
    {
        var limit = Math.Max(offset, Math.Min(next, body.Length));
        // A label alone on its line with a blank line after it labels nothing.
        if (offset >= limit || body[offset] == '\n') return "";
        var end = body.IndexOf("\n\n", offset, limit - offset, StringComparison.Ordinal);
        if (end >= 0) limit = end;
        // Nor does its text run into the next heading.
        var heading = body.IndexOf("\n#", offset, limit - offset, StringComparison.Ordinal);
        if (heading >= 0) limit = heading;
        return body[offset..limit].Trim();
    }

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // 1-based body lines of code blocks and HTML blocks, whose text is never a label: true at those lines.
    private static bool[] UnreadableLines(MarkdownDocument document, int lineCount)
    {
        var lines = new bool[lineCount + 1];
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (CodeBlock or HtmlBlock)) continue;
            var count = Math.Max(1, block.Lines.Count + (block is FencedCodeBlock ? 2 : 0));
            for (var i = 0; i < count && block.Line + 1 + i < lines.Length; i++) lines[block.Line + 1 + i] = true;
        }
        return lines;
    }

    // The heading as written, without its markers: "## Trade-off ##" and a setext "Trade-off\n---" both give "Trade-off".
    private static string HeadingText(string body, HeadingBlock heading)
    {
        var raw = body.Substring(heading.Span.Start, Math.Min(heading.Span.Length, body.Length - heading.Span.Start));
        var firstLine = raw.Split('\n')[0].Trim();
        var text = heading.IsSetext ? firstLine : firstLine.TrimStart('#').TrimEnd('#').Trim();
        return text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim();
    }
}

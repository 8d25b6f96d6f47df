using System.Text.RegularExpressions;
using Handbook.Model;
using Handbook.Text;
using Markdig;

namespace Handbook.Analysis;

/// <summary>The short forms of a story used on cards and the cheat sheet: its hook, key number and trade-off.</summary>
public static partial class StoryDigest
{
    /// <summary>
    /// Longest one-line text: whole sentences are kept up to this length. A first sentence longer than this is
    /// kept whole (the <c>long-tradeoff</c> rule warns), and cut with an ellipsis only past <see cref="MaxRunOnLength"/>.
    /// </summary>
    public const int MaxLineLength = 160;

    /// <summary>A "sentence" longer than this has lost its punctuation; it is cut at a word with an ellipsis.</summary>
    public const int MaxRunOnLength = 2 * MaxLineLength;

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""“])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>The summary, else the first sentence of the Situation.</summary>
    public static string Hook(Story story) => Hook(story, PlainText);

    /// <summary>The first <c>metrics</c> entry, else a short phrase around the first figure of the Result; empty when there is none.</summary>
    public static string KeyMetric(Story story) => KeyMetric(story, PlainText);

    /// <summary>The trade-off in one line: the <c>tradeoff</c> field, else the first sentence of the Trade-off section.</summary>
    public static string TradeoffLine(Story story) => TradeoffLine(story, PlainText);

    // The forms below take the plain-text function, so the analysis stage can hand in texts it has already made plain.
    internal static string Hook(Story story, Func<string, string> plain) =>
        Typography.Arrows(story.Summary.Length > 0 ? Shorten(story.Summary) : FirstSentence(story.Section(SectionKind.Situation)?.Markdown ?? story.Preamble, plain));

    internal static string KeyMetric(Story story, Func<string, string> plain) => Typography.Arrows(KeyMetricText(story, plain));

    internal static string TradeoffLine(Story story, Func<string, string> plain) => Typography.Arrows(TradeoffText(story, plain));

    private static string KeyMetricText(Story story, Func<string, string> plain)
    {
        // The author's own headline first; else a short figure phrase from the Result (a section or a label), not its sentence.
        if (story.Metrics.Count > 0) return Shorten(story.Metrics[0]);
        var results = story.Sections.Where(s => s.Kind == SectionKind.Result).Select(s => s.Markdown)
            .Concat(story.InlineLabels.Where(l => l.Kind == SectionKind.Result).Select(l => l.Text));
        foreach (var result in results)
        {
            var phrase = KeyFigure.Phrase(plain(result));
            if (phrase.Length > 0) return phrase;
        }
        return "";
    }

    private static string TradeoffText(Story story, Func<string, string> plain) =>
        story.Tradeoff.Length > 0 ? Shorten(story.Tradeoff) : FirstSentence(story.Section(SectionKind.Tradeoff)?.Markdown ?? "", plain);

    /// <summary>
    /// What a one-line trade-off loses: the full text it was taken from when sentences of the <c>tradeoff</c>
    /// field were left out or its first sentence is longer than a line; null when the line says it all.
    /// </summary>
    public static string? TradeoffOverflow(Story story) => TradeoffOverflow(story, PlainText);

    internal static string? TradeoffOverflow(Story story, Func<string, string> plain)
    {
        var full = Collapse(story.Tradeoff.Length > 0 ? story.Tradeoff : FirstSentence(story.Section(SectionKind.Tradeoff)?.Markdown ?? "", plain));
        if (full.Length == 0) return null;
        var line = TradeoffText(story, plain);
        return line.Length > MaxLineLength || (story.Tradeoff.Length > 0 && line.Length < full.Length) ? full : null;
    }

    /// <summary>The first sentence of some Markdown, as plain text, whole unless it runs on past <see cref="MaxRunOnLength"/>.</summary>
    public static string FirstSentence(string markdown) => FirstSentence(markdown, PlainText);

    private static string FirstSentence(string markdown, Func<string, string> plain) => FirstSentenceOfPlain(plain(markdown));

    /// <summary>The first sentence of a text the analysis stage has read (see <see cref="FirstSentence(string)"/>).</summary>
    public static string FirstSentence(TextFacts text) => FirstSentenceOfPlain(text.Plain);

    private static string FirstSentenceOfPlain(string text)
    {
        foreach (var end in SentenceBreak().EnumerateMatches(text)) return Shorten(text[..end.Index]);
        return Shorten(text);
    }

    /// <summary>Markdown as one line of plain text.</summary>
    public static string PlainText(string markdown) => string.IsNullOrWhiteSpace(markdown) ? "" : ToPlainText(markdown);

    // Characters that can start Markdown syntax inside a line (emphasis, code, links, HTML, entities, escapes,
    // tables, strikethrough, images, headings).
    private static readonly System.Buffers.SearchValues<char> InlineSyntax = System.Buffers.SearchValues.Create("*_`[]<>&\\|~!#");

    /// <summary>
    /// True when <paramref name="markdown"/> is paragraphs of plain prose, whose plain text is the text itself:
    /// no inline syntax, and no line that Markdown would read as a list item, quote, heading underline or
    /// code block. Most story sections are, and they skip the Markdown parser.
    /// </summary>
    internal static bool IsPlainProse(string markdown)
    {
        if (markdown.AsSpan().ContainsAny(InlineSyntax)) return false;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            if (line.Length == 0) continue;
            if (line[0] is ' ' or '\t') return false; // indented: a code block or a list continuation
            if (line[0] is '-' or '+' or '=') return false; // list item or setext underline
            var digits = 0;
            while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
            if (digits > 0 && digits < line.Length && line[digits] is '.' or ')') return false; // ordered list item
        }
        return true;
    }

    // Text too deeply nested for Markdig is reported where it is rendered; here its raw text stands in.
    private static string ToPlainText(string markdown)
    {
        if (IsPlainProse(markdown)) return Collapse(markdown);
        try
        {
            return Collapse(Markdown.ToPlainText(markdown));
        }
        catch (ArgumentException)
        {
            return Collapse(markdown);
        }
    }

    // Runs of white space become one space, with none at either end; text that is already so is returned as it is.
    private static string Collapse(string text)
    {
        var span = text.AsSpan();
        var trimmed = span.Trim();
        var collapsed = true;
        for (var i = 1; i < trimmed.Length && collapsed; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]) && (trimmed[i] != ' ' || char.IsWhiteSpace(trimmed[i - 1]))) collapsed = false;
        }
        if (collapsed) return trimmed.Length == text.Length ? text : trimmed.ToString();
        return string.Create(CollapsedLength(trimmed), text, static (target, source) =>
        {
            var at = 0;
            var space = false;
            foreach (var c in source.AsSpan().Trim())
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }
                if (space) target[at++] = ' ';
                space = false;
                target[at++] = c;
            }
        });
    }

    private static int CollapsedLength(ReadOnlySpan<char> trimmed)
    {
        var length = 0;
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            length += space ? 2 : 1;
            space = false;
        }
        return length;
    }

    // Keeps whole sentences up to the limit, and always the first one: a line cut mid-phrase loses the cost
    // or the choice it was meant to carry. Only a run-on text with no sentence end is cut at a word.
    private static string Shorten(string text)
    {
        text = Collapse(text);
        if (text.Length <= MaxLineLength) return text;
        var kept = -1;
        foreach (var end in SentenceBreak().EnumerateMatches(text))
        {
            if (kept >= 0 && end.Index > MaxLineLength) break;
            kept = end.Index;
            if (end.Index > MaxLineLength) break;
        }
        if (kept < 0) kept = text.Length;
        if (kept <= MaxRunOnLength) return text[..kept];
        var cut = text.LastIndexOf(' ', MaxRunOnLength - 1);
        var words = cut > MaxRunOnLength / 2 ? text[..cut] : text[..(MaxRunOnLength - 1)];
        return words.TrimEnd(',', ';', ':', '-', ' ') + "…";
    }
}

using System.Text.RegularExpressions;
using Handbook.Model;
using Handbook.Validation;
using Markdig;

namespace Handbook.Rendering;

/// <summary>The short forms of a story used on cards and the cheat sheet: its hook, key number and trade-off.</summary>
public static partial class StoryDigest
{
    /// <summary>Longest one-line text kept before it is cut with an ellipsis.</summary>
    public const int MaxLineLength = 160;

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""“])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>The summary, else the first sentence of the Situation.</summary>
    public static string Hook(Story story) =>
        story.Summary.Length > 0 ? story.Summary : FirstSentence(story.Section(SectionKind.Situation)?.Markdown ?? story.Preamble);

    /// <summary>The first <c>metrics</c> entry, else the first figure in the Result section; empty when there is none.</summary>
    public static string KeyMetric(Story story)
    {
        if (story.Metrics.Count > 0) return story.Metrics[0];
        var result = story.Section(SectionKind.Result);
        if (result is null) return "";
        var text = PlainText(result.Markdown);
        var first = QuantityDetector.Find(text).FirstOrDefault();
        return first.Text is null ? "" : SentenceAround(text, first.Offset);
    }

    /// <summary>The trade-off in one line: the <c>tradeoff</c> field, else the first sentence of the Trade-off section.</summary>
    public static string TradeoffLine(Story story) =>
        story.Tradeoff.Length > 0 ? Shorten(story.Tradeoff) : FirstSentence(story.Section(SectionKind.Tradeoff)?.Markdown ?? "");

    /// <summary>The first sentence of some Markdown, as plain text, cut to <see cref="MaxLineLength"/>.</summary>
    public static string FirstSentence(string markdown)
    {
        var text = PlainText(markdown);
        var sentence = SentenceBreak().Split(text, 2)[0];
        return Shorten(sentence);
    }

    /// <summary>Markdown as one line of plain text.</summary>
    public static string PlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Collapse(Markdown.ToPlainText(markdown));

    private static string SentenceAround(string text, int offset)
    {
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            if (m.Index >= offset) return Shorten(text[start..m.Index]);
            start = m.Index + m.Length;
        }
        return Shorten(text[start..]);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Cuts at the last word boundary before the limit, so no word is broken.
    private static string Shorten(string text)
    {
        text = Collapse(text);
        if (text.Length <= MaxLineLength) return text;
        var cut = text.LastIndexOf(' ', MaxLineLength - 1);
        var kept = cut > MaxLineLength / 2 ? text[..cut] : text[..(MaxLineLength - 1)];
        return kept.TrimEnd(',', ';', ':', '-', ' ') + "…";
    }
}

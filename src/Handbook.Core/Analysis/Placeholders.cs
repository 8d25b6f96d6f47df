using System.Text.RegularExpressions;
using Handbook.Model;

namespace Handbook.Analysis;

/// <summary>A stretch of unfinished text: a TODO, a <c>&lt;slot&gt;</c>, lorem ipsum or a stub sentence of <c>handbook new</c>.</summary>
/// <param name="Offset">Where it starts.</param>
/// <param name="Length">How long it is.</param>
/// <param name="Text">The placeholder as written (shortened for messages).</param>
public sealed record Placeholder(int Offset, int Length, string Text);

/// <summary>
/// Finds text that was never written: markers (<c>TODO</c>, <c>TBD</c>, <c>TBC</c>, <c>FIXME</c>, <c>XXX</c>),
/// lorem ipsum, <c>&lt;...&gt;</c> slots, <c>[insert ...]</c> brackets, <c>XX%</c> figures, and the hints
/// <c>handbook new</c> writes into each section. A number inside a placeholder is no metric, so the checks
/// read text with its placeholders blanked out.
/// </summary>
public static partial class Placeholders
{
    /// <summary>Longest placeholder text quoted in a message.</summary>
    public const int MaxQuoted = 60;

    /// <summary>What <c>handbook new</c> writes into each section, after <c>TODO: </c>.</summary>
    public static IReadOnlyList<(SectionKind Kind, string Hint)> TemplateHints { get; } =
    [
        (SectionKind.Situation, "the system, its scale, the baseline number and the stakes, in a sentence (about 15 s)."),
        (SectionKind.Task, "what you personally owned (about 10 s)."),
        (SectionKind.Action, "what you did: the diagnosis, the options you weighed, the rollout; say \"I\" (45-60 s)."),
        (SectionKind.Tradeoff, "the option you rejected and what your choice cost (20-30 s)."),
        (SectionKind.Result, "the outcome as a number, before -> after, under what load (about 15 s)."),
        (SectionKind.Reflection, "what you would do differently, or what changed afterwards (10-15 s)."),
    ];

    // Markers run to the end of their line: "TODO: add the number (about 15 s)" is unfinished as a whole.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:TODO|TBD|TBC|FIXME|XXX|todo:|tbd:|to be written|to be done|fill (?:this )?in later|coming soon|lorem ipsum)(?![\p{L}\p{N}])[^\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // "Story title goes here", "Your summary here": the slot text of a template.
    [GeneratedRegex(@"^[^\n]{0,60}?\b(?:goes here|go here|comes here|(?:write|type|put|add|insert) (?:it|this|that|something|text|yours|your \w+) here|your (?:title|summary|story|answer|text|headline) here)\b[^\n]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SlotText();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])lorem ipsum[^\n]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Lorem();

    // <your team>, <metric>, <...>, <X ms>: angle brackets around words, not an HTML tag, a URL or an address.
    [GeneratedRegex(@"<(?<slot>\.\.\.|…|[\p{L}][\p{L}\p{N} ,'’./-]{1,58}?|[\p{L}\p{N} ]*(?:\.\.\.|…)[\p{L}\p{N} ]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();

    // [insert the number], [your team], [TBD], [placeholder].
    [GeneratedRegex(@"\[(?:insert|your|add|fill in|placeholder|number|metric|X+)\b[^\]\n]{0,60}\](?!\()", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BracketSlot();

    // XX%, X ms, N users, $X, NN%, X MB: letters standing in for a number, before a unit or after a currency sign.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:XX+|NN+|X|N|Y|Z)\s?(?:%|ms|s|sec|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|k|K|M|x|users|customers|requests|engineers|teams|people|incidents|pages|alerts|errors|[KMGT]i?B|[kmg]bps|rps|qps|TPS|tps|req/s|ops/s|percent|pp|dollars|euros|USD|EUR)|[$€£¥]\s?(?:XX+|NN+|X|N|Y)(?:[kKmM])?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex LetterFigure();

    // A blank to fill in: three or more underscores (not a line of them, a Markdown rule), question marks standing
    // for a number ("to ??? ms"), or an ellipsis before a unit ("to ... ms").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])(?<!^[ \t]*)_{3,}(?![\p{L}\p{N}_])|(?<=(?:^|[\s(~$€£]))__(?=[\s%.,;)])|(?<=(?:^|[\s(~$€£]))\?{2,}(?![\p{L}\p{N}])|(?<=[\s(~$€£])(?:\.\.\.|…)(?=\s?(?:%|ms|s|sec|seconds|minutes|hours|[KMGT]i?B|x|k|rps|qps)\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Blank();

    private static readonly HashSet<string> HtmlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "p", "em", "strong", "code", "kbd", "pre", "br", "hr", "sub", "sup", "span", "div", "mark", "small",
        "del", "ins", "abbr", "cite", "q", "img", "table", "tr", "td", "th", "ul", "ol", "li", "details", "summary", "blockquote",
        "dl", "dt", "dd", "figure", "figcaption", "section", "aside", "video", "audio", "script", "style", "iframe", "svg", "var", "samp",
    };

    /// <summary>Every placeholder in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Placeholder> Find(string text)
    {
        var found = new List<Placeholder>();
        if (string.IsNullOrWhiteSpace(text)) return found;
        foreach (Match match in Marker().Matches(text)) Add(found, match.Index, match.Length, text);
        foreach (Match match in Lorem().Matches(text)) Add(found, match.Index, match.Length, text);
        foreach (Match match in SlotText().Matches(text)) Add(found, match.Index, match.Length, text);
        if (text.Contains('<'))
        {
            foreach (Match match in Slot().Matches(text))
            {
                if (IsSlot(match.Groups["slot"].Value)) Add(found, match.Index, match.Length, text);
            }
        }
        if (text.Contains('['))
        {
            foreach (Match match in BracketSlot().Matches(text)) Add(found, match.Index, match.Length, text);
        }
        foreach (Match match in LetterFigure().Matches(text)) Add(found, match.Index, match.Length, text);
        if (text.Contains("__", StringComparison.Ordinal) || text.Contains("??", StringComparison.Ordinal) || text.Contains("..", StringComparison.Ordinal) || text.Contains('…'))
        {
            foreach (Match match in Blank().Matches(text)) Add(found, match.Index, match.Length, text);
        }
        foreach (var (_, hint) in TemplateHints)
        {
            // The hint without its time note still gives it away: "what you personally owned".
            var core = hint[..(hint.LastIndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? cut : hint.Length)];
            for (var at = text.IndexOf(core, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(core, at + core.Length, StringComparison.OrdinalIgnoreCase))
            {
                var length = text.AsSpan(at).StartsWith(hint, StringComparison.OrdinalIgnoreCase) ? hint.Length : core.Length;
                Add(found, at, length, text);
            }
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>True when <paramref name="text"/> holds a placeholder.</summary>
    public static bool Any(string text) => Find(text).Count > 0;

    /// <summary><paramref name="text"/> with every placeholder replaced by spaces (line breaks kept), so offsets stay.</summary>
    public static string Blank(string text) => Blank(text, Find(text));

    /// <summary><paramref name="text"/> with the given placeholders (found in a text of the same length) replaced by spaces.</summary>
    public static string Blank(string text, IReadOnlyList<Placeholder> found)
    {
        if (found.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var placeholder in found)
        {
            for (var i = placeholder.Offset; i < placeholder.Offset + placeholder.Length && i < chars.Length; i++)
            {
                if (chars[i] != '\n') chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    private static bool IsSlot(string inside)
    {
        var trimmed = inside.Trim();
        if (trimmed.Length == 0) return false;
        if (trimmed.Contains("...", StringComparison.Ordinal) || trimmed.Contains('…')) return true;
        if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains('@') || trimmed.Contains('=')) return false;
        var name = trimmed.Split(' ', '/')[0];
        if (HtmlTags.Contains(name) || name.Length < 2) return false;
        return true;
    }

    private static void Add(List<Placeholder> found, int offset, int length, string text)
    {
        if (found.Any(p => offset < p.Offset + p.Length && p.Offset < offset + length)) return;
        var quoted = text.Substring(offset, length).Trim();
        if (quoted.Length > MaxQuoted) quoted = quoted[..(MaxQuoted - 1)].TrimEnd() + "…";
        found.Add(new Placeholder(offset, length, quoted));
    }
}

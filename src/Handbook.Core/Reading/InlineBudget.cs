using System.Text;
using Handbook.Diagnostics;

namespace Handbook.Reading;

/// <summary>
/// Keeps Markdown reading linear on inline openers that Markdig reads more than once.
/// <list type="bullet">
/// <item>Links: at every <c>](</c> the link parser reads the destination up to the next space (or unbalanced
/// <c>)</c>), and a title from its opening <c>(</c>, <c>"</c> or <c>'</c> to the closing one, which may be at the end
/// of the paragraph; when that fails the same text is read again from the next <c>](</c>. A paragraph of <c>[a](</c>
/// repeated took time quadratic in its length (20k repetitions took 33 s).</item>
/// <item>Emphasis: runs of <c>*</c>, <c>_</c>, <c>~</c>, <c>^</c>, <c>+</c> or <c>=</c> cost time quadratic in their
/// number per paragraph (see <see cref="MaxEmphasisRuns"/>).</item>
/// </list>
/// This pre-scan adds up, per paragraph, how much of that reading there can be; a paragraph over budget (link reads
/// over a small multiple of its length, or too many emphasis runs) has those characters backslash-escaped, which shows the same characters as text, and a warning is
/// reported at its first line. Ordinary links and emphasis read far less than the budget.
/// </summary>
public static class InlineBudget
{
    /// <summary>How many times its length a paragraph's repeated reading may add up to.</summary>
    public const int PerCharacter = 8;

    /// <summary>
    /// Most emphasis runs read as emphasis in one paragraph. Markdig removes each matched or failed delimiter from a
    /// list, so its time grows with the square of the runs (matched or not: <c>~~a</c> repeated 8,000 times took a
    /// second); 500 is far more than any paragraph has and keeps a 1 MiB story to a few seconds.
    /// </summary>
    public const int MaxEmphasisRuns = 500;

    /// <summary>What every paragraph may read besides, so a short paragraph is never touched.</summary>
    public const int Allowance = 1024;

    /// <summary>
    /// <paramref name="body"/> with the link openers or emphasis marks of over-budget paragraphs escaped (the same
    /// object when none is); line breaks are kept, so file lines stay true. Fenced code, list markers and thematic
    /// breaks are left as they are.
    /// </summary>
    /// <param name="body">The Markdown body (LF line endings).</param>
    /// <param name="path">The story file, for the warning.</param>
    /// <param name="bodyLine">The file line where the body starts.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static string Apply(string body, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        StringBuilder? result = null;
        var copied = 0;
        foreach (var (start, end, line) in Paragraphs(body))
        {
            var paragraph = body.AsSpan(start, end - start);
            var budget = (long)PerCharacter * paragraph.Length + Allowance;
            var links = LinkReadCost(paragraph, out var openers) > budget;
            var runs = EmphasisRuns(paragraph);
            var emphasis = runs > MaxEmphasisRuns;
            if (!links && !emphasis) continue;
            var what = (links, emphasis) switch
            {
                (true, false) => $"{openers} link openings `](`",
                (false, true) => $"{runs} emphasis marks (`*`, `_`, `~`...)",
                _ => $"{openers} link openings `](` and {runs} emphasis marks",
            };
            diagnostics.Add(new SourceLocation(path, bodyLine + line - 1, 1), Severity.Warning, RuleIds.Markdown,
                $"this paragraph has {what} that would make reading it very slow; they are shown as text.",
                "split the paragraph, or write each link as `[words](https://...)` and each emphasis as `*words*`.");
            result ??= new StringBuilder(body.Length + paragraph.Length / 2);
            foreach (var at in Escapes(body, start, end, links, emphasis))
            {
                result.Append(body, copied, at - copied).Append('\\');
                copied = at;
            }
        }
        return result is null ? body : result.Append(body, copied, body.Length - copied).ToString();
    }

    private static bool IsEmphasis(char c) => c is '*' or '_' or '~' or '^' or '+' or '=';

    // Maximal runs of one emphasis character that are not backslash-escaped: an upper bound of Markdig's delimiters.
    private static int EmphasisRuns(ReadOnlySpan<char> paragraph)
    {
        var runs = 0;
        var escaped = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (!escaped && IsEmphasis(c) && (i == 0 || paragraph[i - 1] != c)) runs++;
            escaped = !escaped && c == '\\';
        }
        return runs;
    }

    // The positions in body[start..end] to put a backslash before: the ( of each ](, and each emphasis character that
    // is not already escaped and is not a list marker or part of a line of only such characters (a thematic break or
    // setext underline), which are block structure.
    private static IEnumerable<int> Escapes(string body, int start, int end, bool links, bool emphasis)
    {
        var escaped = false;
        var structural = false;
        // Only indentation and quote markers so far on this line.
        var leading = true;
        for (var i = start; i < end; i++)
        {
            if (i == start || body[i - 1] == '\n')
            {
                structural = IsStructuralLine(body, i, end);
                leading = true;
            }
            var c = body[i];
            if (!escaped)
            {
                var listMarker = leading && (i + 1 >= body.Length || body[i + 1] is ' ' or '\t' or '\n');
                if (links && c == '(' && i > start && body[i - 1] == ']') yield return i;
                else if (emphasis && IsEmphasis(c) && !structural && !listMarker) yield return i;
            }
            escaped = !escaped && c == '\\';
            leading = leading && c is ' ' or '\t' or '>';
        }
    }

    // A line of emphasis characters and spaces only: "* * *", "___", "===".
    private static bool IsStructuralLine(string body, int lineStart, int end)
    {
        var newline = body.IndexOf('\n', lineStart, end - lineStart);
        var line = body.AsSpan(lineStart, (newline < 0 ? end : newline) - lineStart);
        return line.Trim().Length > 0 && !line.ContainsAnyExcept("*_~^+= \t");
    }

    // The paragraphs outside fenced code: runs of non-blank lines, as (start, end, 1-based first line).
    private static IEnumerable<(int Start, int End, int Line)> Paragraphs(string body)
    {
        var line = 1;
        var paragraphStart = -1;
        var paragraphLine = 0;
        string? fence = null;
        for (var start = 0; start <= body.Length; line++)
        {
            var newline = body.IndexOf('\n', start);
            var end = newline < 0 ? body.Length : newline;
            var text = body.AsSpan(start, end - start);
            var trimmed = text.TrimStart(' ');
            var blank = trimmed.IsWhiteSpace();
            var fenceMark = text.Length - trimmed.Length <= 3 && trimmed.Length >= 3 && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
                ? trimmed[..3].ToString() : null;
            if (blank || fence is not null || fenceMark is not null)
            {
                if (paragraphStart >= 0) yield return (paragraphStart, Math.Max(paragraphStart, start - 1), paragraphLine);
                paragraphStart = -1;
                if (fenceMark is not null) fence = fence is null ? fenceMark : fence == fenceMark ? null : fence;
            }
            else if (paragraphStart < 0)
            {
                paragraphStart = start;
                paragraphLine = line;
            }
            if (newline < 0) break;
            start = newline + 1;
        }
        if (paragraphStart >= 0) yield return (paragraphStart, body.Length, paragraphLine);
    }

    /// <summary>
    /// An upper bound of the characters Markdig reads at the <c>](</c> openers of <paramref name="paragraph"/>: the
    /// destination to the next space (to <c>&gt;</c> when it starts with <c>&lt;</c>), then a title to its closing
    /// character or the end of the paragraph. Linear: the next position of each stop character is found from the right.
    /// </summary>
    internal static long LinkReadCost(ReadOnlySpan<char> paragraph, out int openers)
    {
        openers = 0;
        var length = paragraph.Length;
        if (paragraph.IndexOf("](", StringComparison.Ordinal) < 0) return 0;
        var nextSpace = new int[length + 1];
        var nextClose = new int[length + 1];
        var nextQuote = new int[length + 1];
        var nextApostrophe = new int[length + 1];
        var nextAngle = new int[length + 1];
        var nextWord = new int[length + 1];
        nextSpace[length] = nextClose[length] = nextQuote[length] = nextApostrophe[length] = nextAngle[length] = nextWord[length] = length;
        for (var i = length - 1; i >= 0; i--)
        {
            var c = paragraph[i];
            nextSpace[i] = char.IsWhiteSpace(c) || char.IsControl(c) ? i : nextSpace[i + 1];
            nextClose[i] = c == ')' ? i : nextClose[i + 1];
            nextQuote[i] = c == '"' ? i : nextQuote[i + 1];
            nextApostrophe[i] = c == '\'' ? i : nextApostrophe[i + 1];
            nextAngle[i] = c is '>' or '<' or '\n' ? i : nextAngle[i + 1];
            nextWord[i] = char.IsWhiteSpace(c) ? nextWord[i + 1] : i;
        }
        long cost = 0;
        for (var i = 0; i + 1 < length; i++)
        {
            if (paragraph[i] != ']' || paragraph[i + 1] != '(') continue;
            openers++;
            var destination = i + 2;
            var destinationEnd = destination < length && paragraph[destination] == '<' ? nextAngle[Math.Min(length, destination + 1)] : nextSpace[destination];
            var title = nextWord[destinationEnd];
            var titleEnd = title >= length ? title : paragraph[title] switch
            {
                '(' => nextClose[title + 1],
                '"' => nextQuote[title + 1],
                '\'' => nextApostrophe[title + 1],
                _ => title,
            };
            cost += titleEnd - i;
        }
        return cost;
    }
}

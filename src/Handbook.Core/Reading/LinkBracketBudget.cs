using System.Text;
using Handbook.Diagnostics;

namespace Handbook.Reading;

/// <summary>
/// Keeps Markdown reading linear on link openers. At every <c>](</c> Markdig's link parser reads the destination
/// up to the next space (or unbalanced <c>)</c>), and a title from its opening <c>(</c>, <c>"</c> or <c>'</c> to the
/// closing one, which may be at the end of the paragraph; when that fails the same text is read again from the next
/// <c>](</c>. A paragraph of <c>[a](</c> repeated is therefore read in time quadratic in its length (20k repetitions
/// took 33 s). This pre-scan adds up, per paragraph, how far those reads can go; a paragraph whose total exceeds a
/// small multiple of its length has its <c>](</c> escaped to <c>]\(</c>, which shows the same characters as text, and
/// a warning is reported at its first line. Real links read about their own length, far under the budget.
/// </summary>
public static class LinkBracketBudget
{
    /// <summary>How many times its length a paragraph's link reads may add up to.</summary>
    public const int PerCharacter = 8;

    /// <summary>What every paragraph may read besides, so a short paragraph of links is never touched.</summary>
    public const int Allowance = 1024;

    /// <summary>
    /// <paramref name="body"/> with the link openers of over-budget paragraphs escaped (the same object when none
    /// is); line breaks are kept, so file lines stay true. Fenced code is left as it is.
    /// </summary>
    /// <param name="body">The Markdown body (LF line endings).</param>
    /// <param name="path">The story file, for the warning.</param>
    /// <param name="bodyLine">The file line where the body starts.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static string Apply(string body, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        // Cheap exit for the common case.
        if (!body.Contains("](", StringComparison.Ordinal)) return body;
        StringBuilder? result = null;
        var copied = 0;
        foreach (var (start, end, line) in Paragraphs(body))
        {
            var cost = ReadCost(body.AsSpan(start, end - start), out var openers);
            if (cost <= (long)PerCharacter * (end - start) + Allowance) continue;
            diagnostics.Add(new SourceLocation(path, bodyLine + line - 1, 1), Severity.Warning, RuleIds.Markdown,
                $"this paragraph has {openers} link openings `](` that would make reading it very slow; they are shown as text.",
                "split the paragraph, or write each link as `[words](https://...)` with a space after it.");
            result ??= new StringBuilder(body.Length + openers);
            for (var i = start; i + 1 < end; i++)
            {
                if (body[i] != ']' || body[i + 1] != '(') continue;
                result.Append(body, copied, i + 1 - copied).Append('\\');
                copied = i + 1;
            }
        }
        return result is null ? body : result.Append(body, copied, body.Length - copied).ToString();
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
    internal static long ReadCost(ReadOnlySpan<char> paragraph, out int openers)
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

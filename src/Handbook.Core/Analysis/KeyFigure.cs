namespace Handbook.Analysis;

/// <summary>
/// The short figure phrase a card and the cheat sheet show as a story's key number: the first outcome with a
/// few words of its subject ("p99 fell from 850 ms to 320 ms", "Checkout errors 38% -> 0%"), never a whole
/// sentence. Pure: plain text in, phrase out.
/// </summary>
public static class KeyFigure
{
    /// <summary>Longest phrase kept, in characters.</summary>
    public const int MaxLength = 60;

    /// <summary>Most words of the subject kept before the figure.</summary>
    public const int SubjectWords = 4;

    // Words that end the clause a figure belongs to, read leftwards from the figure.
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "which", "where", "so", "because", "after", "then", "when", "as", "although", "though", "whereas",
    };

    /// <summary>The key figure phrase of <paramref name="plainText"/>; empty when it holds no figure.</summary>
    public static string Phrase(string plainText)
    {
        var changes = OutcomeDetector.Find(plainText);
        var quantities = QuantityDetector.Find(plainText).ToList();
        int start;
        int end;
        var change = changes.Count > 0 ? changes[0] : (Change?)null;
        var quantity = quantities.Count > 0 ? quantities[0] : (Quantity?)null;
        if (change is { } c && (quantity is not { } q0 || c.Offset <= q0.Offset + q0.Text.Length))
        {
            (start, end) = (c.Offset, c.Offset + c.Text.Length);
        }
        else if (quantity is { } q)
        {
            (start, end) = (q.Offset, q.Offset + q.Text.Length);
        }
        else
        {
            return "";
        }
        start = SubjectStart(plainText, start);
        var phrase = plainText[start..end].Trim().TrimEnd('.', ',', ';', ':');
        if (phrase.Length <= MaxLength) return phrase;
        // Too long: keep the figure and drop words from the front.
        var cut = phrase.IndexOf(' ', phrase.Length - MaxLength);
        return cut > 0 ? "…" + phrase[(cut + 1)..] : phrase[^MaxLength..];
    }

    // Up to a few words before the figure, within its clause: "Checkout errors went from 38% to 0%".
    private static int SubjectStart(string text, int figure)
    {
        var at = figure;
        for (var words = 0; words < SubjectWords; words++)
        {
            var end = at;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end == 0 || text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '—' or '–') return at;
            var begin = end;
            while (begin > 0 && text[begin - 1] != ' ') begin--;
            if (ClauseWords.Contains(text[begin..end])) return at;
            at = begin;
        }
        return at;
    }
}

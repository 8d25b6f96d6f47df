using System.Globalization;
using System.Text;

namespace Handbook.Searching;

/// <summary>
/// Splits text into search terms. The browser's search script applies the same rules (lower case, accents
/// removed, letters and digits only, stop words dropped, then <see cref="EnglishStemmer"/>), so terms built
/// here match what a user types.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Shortest term indexed; single letters match too much to be useful.</summary>
    public const int MinTermLength = 2;

    /// <summary>Words too common to help find a story; they are neither indexed nor searched.</summary>
    public static IReadOnlyList<string> StopWords { get; } =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his",
        "i", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "that", "the", "their",
        "them", "then", "there", "they", "this", "to", "us", "was", "we", "were", "which", "while", "who", "will", "with",
    ];

    private static readonly HashSet<string> StopSet = new(StopWords, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopSpans = StopSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The terms (stems) of <paramref name="text"/>, in order, repeats included.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        Scan(text, ref terms, static (term, ref list) => list.Add(term.ToString()));
        return terms;
    }

    /// <summary>
    /// Adds <paramref name="field"/> to every term of <paramref name="text"/> in <paramref name="fields"/>
    /// (whose comparer must be ordinal). A term already present costs no new string.
    /// </summary>
    public static void Mark(string text, SearchField field, Dictionary<string, SearchField> fields)
    {
        var state = (Lookup: fields.GetAlternateLookup<ReadOnlySpan<char>>(), Field: field);
        Scan(text, ref state, static (term, ref s) => s.Lookup[term] = s.Lookup.TryGetValue(term, out var existing) ? existing | s.Field : s.Field);
    }

    private delegate void TermAction<TState>(ReadOnlySpan<char> term, ref TState state);

    // The one tokenizer: lower-cased runs of letters and digits, marks dropped, short and stop words skipped, stemmed.
    private static void Scan<TState>(string text, ref TState state, TermAction<TState> action)
    {
        // Most text is ASCII, which has no marks and which decomposition would leave unchanged: it takes a
        // cheaper path than the Unicode tables.
        var ascii = System.Text.Ascii.IsValid(text);
        var decomposed = ascii ? text : text.Normalize(NormalizationForm.FormD);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, decomposed.Length));
        try
        {
            var length = 0;
            foreach (var c in decomposed)
            {
                if (ascii)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                        continue;
                    }
                }
                else
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
                    if (char.IsLetterOrDigit(c))
                    {
                        buffer[length++] = char.ToLowerInvariant(c);
                        continue;
                    }
                }
                Flush(buffer.AsSpan(0, length), ref state, action);
                length = 0;
            }
            Flush(buffer.AsSpan(0, length), ref state, action);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Stop words are judged before stemming, as the browser does; the stem is written over the word in the buffer.
    private static void Flush<TState>(Span<char> term, ref TState state, TermAction<TState> action)
    {
        if (term.Length < MinTermLength || StopSpans.Contains(term)) return;
        action(term[..EnglishStemmer.Stem(term)], ref state);
    }
}

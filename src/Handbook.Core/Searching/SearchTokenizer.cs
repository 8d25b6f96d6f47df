using System.Globalization;
using System.Text;

namespace Handbook.Searching;

/// <summary>
/// Splits text into search terms. The browser's search script applies the same rules (lower case, accents
/// removed, letters and digits only, stop words dropped), so terms built here match what a user types.
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

    /// <summary>The terms of <paramref name="text"/>, in order, repeats included.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var builder = new StringBuilder();
        // Most text is ASCII, which decomposition would leave unchanged: skip the costly Unicode normalisation.
        var decomposed = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (Flush(builder) is { } term) yield return term;
        }
        if (Flush(builder) is { } last) yield return last;
    }

    private static string? Flush(StringBuilder builder)
    {
        if (builder.Length == 0) return null;
        var term = builder.ToString();
        builder.Clear();
        return term.Length >= MinTermLength && !StopSet.Contains(term) ? term : null;
    }
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Handbook.Coaching;

/// <summary>Turns a phrase list into one pattern: whole words, any case, any run of spaces, <c>#</c> for a number.</summary>
public static class PhrasePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern for <paramref name="phrases"/>; null when the list is empty.</summary>
    public static Regex? For(IReadOnlyList<string> phrases)
    {
        if (phrases.Count == 0) return null;
        return Cache.GetOrAdd(string.Join('\n', phrases), _ =>
        {
            var alternatives = phrases
                .OrderByDescending(p => p.Length)
                .Select(p => string.Join(@"\s+", p.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)).Replace(@"\#", @"\d[\d,.]*"));
            return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        });
    }
}

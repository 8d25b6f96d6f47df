using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Handbook.Coaching;

/// <summary>Turns a phrase list into one pattern: whole words, any case, any run of spaces, <c>#</c> for a number.</summary>
public static class PhrasePattern
{
    private static readonly ConcurrentDictionary<string, PhraseMatcher> Cache = new(StringComparer.Ordinal);
    // Rules ask for the same list object once per story; the text key is only worked out for a list not seen yet.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, PhraseMatcher> ByList = new();

    /// <summary>The compiled matcher for <paramref name="phrases"/>; null when the list is empty.</summary>
    public static PhraseMatcher? For(IReadOnlyList<string> phrases)
    {
        if (phrases.Count == 0) return null;
        if (ByList.TryGetValue(phrases, out var known)) return known;
        var matcher = Cache.GetOrAdd(string.Join('\n', phrases), _ => Build(phrases));
        ByList.AddOrUpdate(phrases, matcher);
        return matcher;
    }

    private static PhraseMatcher Build(IReadOnlyList<string> phrases)
    {
        var words = phrases.OrderByDescending(p => p.Length).Select(p => p.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        var alternatives = words
            .Select(w => string.Join(@"\s+", w.Select(Regex.Escape)).Replace(@"\#", @"\d[\d,.]*"));
        var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // Every match contains each literal word of its phrase; the longest of each phrase is the cheapest test.
        // Only ASCII words, whose ordinal and regex case rules agree; otherwise every text goes to the pattern.
        var keys = words.Select(w => w.Where(t => !t.Contains('#')).OrderByDescending(t => t.Length).FirstOrDefault()).ToList();
        var prefilter = keys.All(k => k is not null && System.Text.Ascii.IsValid(k))
            ? SearchValues.Create(keys.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()!, StringComparison.OrdinalIgnoreCase)
            : null;
        return new PhraseMatcher(pattern, prefilter);
    }
}

/// <summary>A phrase list's pattern, with a quick test that rules out most texts before the pattern runs.</summary>
/// <param name="Pattern">Matches any phrase of the list.</param>
/// <param name="Prefilter">One literal word of every phrase; a text with none of them cannot match. Null when there is no such test.</param>
public sealed record PhraseMatcher(Regex Pattern, SearchValues<string>? Prefilter)
{
    /// <summary>Every phrase found in <paramref name="text"/>.</summary>
    public IEnumerable<Match> Matches(string text) =>
        Prefilter is not null && !text.AsSpan().ContainsAny(Prefilter) ? [] : Pattern.Matches(text);
}

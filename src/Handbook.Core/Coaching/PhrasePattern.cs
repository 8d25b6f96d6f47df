using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Handbook.Coaching;

/// <summary>Turns a phrase list into one pattern: whole words, any case, any run of spaces, <c>#</c> for a number.</summary>
public static class PhrasePattern
{
    /// <summary>The compiled matcher for <paramref name="phrases"/>; null when the list is empty.</summary>
    public static PhraseMatcher? For(IReadOnlyList<string> phrases) => phrases.Count == 0 ? null : Build(phrases);

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

/// <summary>
/// The phrase lists of one validation run, each compiled once: rules ask for the same list object once per story.
/// </summary>
public sealed class PhraseMatchers
{
    private readonly ConcurrentDictionary<IReadOnlyList<string>, PhraseMatcher?> _compiled = new(ReferenceEqualityComparer.Instance);

    /// <summary>The matcher for <paramref name="phrases"/>, compiled on first use; null when the list is empty.</summary>
    public PhraseMatcher? For(IReadOnlyList<string> phrases) => _compiled.GetOrAdd(phrases, PhrasePattern.For);
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

namespace Handbook.Targets;

/// <summary>
/// Decides whether a value's prompt ("Tell me about a time you disagreed with your manager") is the question a
/// pattern's prompts already ask, by the content words they share. Words are compared by their first letters,
/// so "disagreed", "disagree" and "disagreement" meet.
/// </summary>
public static class PromptMatcher
{
    /// <summary>Letters a word is compared by: enough to tell words apart, few enough to meet their inflections.</summary>
    private const int StemLength = 6;

    /// <summary>Shortest word that carries meaning here ("bug", "api" count; "a", "to" do not).</summary>
    private const int ShortestWord = 3;

    /// <summary>Of a prompt's content words, the share another text must have for it to be the same question.</summary>
    private const double SharedShare = 1.0 / 3;

    // Words every behavioral prompt uses; they say nothing about which question it is.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "you", "your", "yours", "about", "tell", "time", "times", "describe", "example", "give", "share",
        "walk", "through", "situation", "when", "what", "how", "why", "who", "which", "where", "did", "does", "have", "had",
        "has", "was", "were", "that", "this", "with", "from", "into", "onto", "out", "over", "then", "than", "there", "their",
        "they", "them", "one", "some", "any", "can", "could", "would", "should", "will", "been", "being", "are", "not", "but",
        "its", "our", "ours", "all", "most", "more", "very", "such", "also", "just", "way", "recent", "recently", "specific",
        "explain", "talk", "like", "something", "someone", "made", "make", "got", "get", "had", "let", "see", "know",
    };

    /// <summary>True when <paramref name="prompt"/> asks what one of <paramref name="texts"/> asks.</summary>
    public static bool Answers(string prompt, IEnumerable<string> texts)
    {
        var wanted = Stems(prompt);
        if (wanted.Count == 0) return false;
        var needed = Math.Max(1, (int)Math.Ceiling(wanted.Count * SharedShare));
        return texts.Any(text => Stems(text).Count(wanted.Contains) >= needed);
    }

    /// <summary>The distinct content-word stems of <paramref name="text"/>.</summary>
    public static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            var word = text[start..i].ToLowerInvariant();
            start = -1;
            if (word.Length < ShortestWord || Filler.Contains(word)) continue;
            if (word.Length > ShortestWord + 1 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
            stems.Add(word.Length > StemLength ? word[..StemLength] : word);
        }
        return stems;
    }
}

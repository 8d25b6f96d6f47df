namespace Handbook.Text;

/// <summary>Finds the known id a mistyped one was probably meant to be ("did you mean ...?").</summary>
public static class NearestMatch
{
    /// <summary>Edits allowed per this many characters of the typed id before no suggestion is made.</summary>
    private const int CharactersPerEdit = 3;

    /// <summary>
    /// The candidate closest to <paramref name="typed"/> by edit distance, or null when none is close
    /// enough to be a plausible typo. A candidate that contains the typed text (or the reverse) wins.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var needle = typed.Trim().ToLowerInvariant();
        if (needle.Length == 0) return null;
        var budget = Math.Max(1, needle.Length / CharactersPerEdit);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var hay = candidate.ToLowerInvariant();
            var distance = hay.Contains(needle, StringComparison.Ordinal) || needle.Contains(hay, StringComparison.Ordinal)
                ? 0
                : Distance(needle, hay);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= budget ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The " Did you mean `x`?" sentence, or an empty string when there is no suggestion.</summary>
    public static string Suggestion(string typed, IEnumerable<string> candidates) =>
        Find(typed, candidates) is { } match ? $"did you mean `{match}`?" : "";
}

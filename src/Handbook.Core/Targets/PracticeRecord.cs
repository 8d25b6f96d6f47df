namespace Handbook.Targets;

/// <summary>
/// How practice went, per question pattern, from the log the practice page exports (<c>input/practice.json</c>).
/// Empty when the handbook has no log: the practice record is then unknown, and it does not move a ranking.
/// </summary>
public sealed record PracticeRecord
{
    /// <summary>No practice known.</summary>
    public static PracticeRecord None { get; } = new();

    /// <summary>Ratings by pattern id.</summary>
    public IReadOnlyDictionary<string, PracticeTally> ByPattern { get; init; } = new Dictionary<string, PracticeTally>(StringComparer.Ordinal);

    /// <summary>The combined tally of <paramref name="patterns"/>; null when none was practised.</summary>
    public PracticeTally? For(IEnumerable<string> patterns)
    {
        var total = new PracticeTally(0, 0, 0);
        foreach (var id in patterns.Distinct(StringComparer.Ordinal))
        {
            if (ByPattern.TryGetValue(id, out var tally)) total += tally;
        }
        return total.Attempts == 0 ? null : total;
    }
}

/// <summary>Self-ratings from practice: nailed it, shaky, missed.</summary>
/// <param name="Nailed">Answers rated "nailed it".</param>
/// <param name="Shaky">Answers rated "shaky".</param>
/// <param name="Missed">Answers rated "missed".</param>
public readonly record struct PracticeTally(int Nailed, int Shaky, int Missed)
{
    /// <summary>Every rated attempt.</summary>
    public int Attempts => Nailed + Shaky + Missed;

    /// <summary>What ranks a story: answers that went well, less those that did not.</summary>
    public int Score => Nailed - Missed;

    /// <summary>Adds two tallies.</summary>
    public static PracticeTally operator +(PracticeTally a, PracticeTally b) => new(a.Nailed + b.Nailed, a.Shaky + b.Shaky, a.Missed + b.Missed);
}

using Handbook.Model;
using Handbook.Rendering;

namespace Handbook.Cheatsheet;

/// <summary>
/// Estimates whether the selected stories fit one printed page, in "lines" of the smallest type the
/// sheet's fitting script will use. The browser measures the real layout when it prints; this estimate
/// only decides when the build should warn. Calibrated with the print tests (A4 and Letter).
/// </summary>
public static class CheatsheetFit
{
    /// <summary>Columns used for this many stories: narrow sheets read better, wide ones fit more.</summary>
    public static int Columns(int stories) => stories switch
    {
        <= 3 => 1,
        <= 8 => 2,
        _ => 3,
    };

    /// <summary>Characters per line in a column of the smallest type, by column count.</summary>
    private static int CharactersPerLine(int columns) => columns switch
    {
        1 => 190,
        2 => 92,
        _ => 60,
    };

    /// <summary>Lines a column holds at the smallest type, after the header, beats strip and question map.</summary>
    public const int LinesPerColumn = 50;

    /// <summary>Lines a story card takes besides its wrapped text: its title gap and the patterns line.</summary>
    private const int CardOverhead = 2;

    /// <summary>The estimated lines one story's card takes in a sheet of <paramref name="columns"/> columns.</summary>
    public static int Lines(Story story, int columns)
    {
        var width = CharactersPerLine(columns);
        int Wrapped(string text) => text.Length == 0 ? 0 : (text.Length + width - 1) / width;
        return CardOverhead
            + Wrapped(story.Title)
            + Wrapped(StoryDigest.Hook(story))
            + Wrapped(StoryDigest.KeyMetric(story))
            + Wrapped(StoryDigest.TradeoffLine(story));
    }

    /// <summary>
    /// Null when <paramref name="selected"/> fits; otherwise the stories to leave off so the rest fits,
    /// preferring those whose question patterns other selected stories already answer.
    /// </summary>
    public static IReadOnlyList<Story>? Overflow(IReadOnlyList<Story> selected)
    {
        var kept = selected.ToList();
        var dropped = new List<Story>();
        while (kept.Count > 0 && !Fits(kept))
        {
            var candidate = kept.LastOrDefault(s => s.Patterns.All(p => kept.Any(o => o != s && o.Patterns.Contains(p)))) ?? kept[^1];
            kept.Remove(candidate);
            dropped.Add(candidate);
        }
        return dropped.Count == 0 ? null : dropped;
    }

    private static bool Fits(IReadOnlyList<Story> stories)
    {
        var columns = Columns(stories.Count);
        return stories.Sum(s => Lines(s, columns)) <= columns * LinesPerColumn;
    }
}

using Handbook.Analysis;
using Handbook.Model;

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
    public static int Lines(StoryFacts facts, int columns)
    {
        var width = CharactersPerLine(columns);
        int Wrapped(string text) => text.Length == 0 ? 0 : (text.Length + width - 1) / width;
        return CardOverhead
            + Wrapped(facts.Story.Title)
            + Wrapped(facts.Hook)
            + Wrapped(facts.KeyMetric)
            + Wrapped(facts.TradeoffLine);
    }

    /// <summary>
    /// Null when <paramref name="selected"/> fits; otherwise the stories to leave off so the rest fits,
    /// preferring, from the end of the list, those whose question patterns other kept stories also answer.
    /// </summary>
    /// <remarks>
    /// Linear in the number of stories: coverage only falls as stories are dropped, so a story passed
    /// over once (it alone answers one of its patterns) can never become a candidate again.
    /// </remarks>
    /// <param name="selected">The stories selected for the sheet, in sheet order.</param>
    /// <param name="analysis">The facts of the stories (their card texts).</param>
    public static IReadOnlyList<Story>? Overflow(IReadOnlyList<Story> selected, StoryAnalysis analysis)
    {
        int Lines(Story story, int columns) => CheatsheetFit.Lines(analysis.Of(story), columns);
        var count = selected.Count;
        var columns = Columns(count);
        var total = selected.Sum(s => Lines(s, columns));
        if (total <= columns * LinesPerColumn) return null;

        var patterns = selected.Select(s => s.Patterns.Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var coverage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pattern in patterns.SelectMany(p => p)) coverage[pattern] = coverage.GetValueOrDefault(pattern) + 1;

        var removed = new bool[count];
        var dropped = new List<Story>();
        var scan = count - 1; // stories after it are dropped, or the only ones to answer a pattern
        var last = count - 1; // the last story still kept
        var kept = count;
        while (kept > 0 && total > columns * LinesPerColumn)
        {
            while (scan >= 0 && (removed[scan] || !patterns[scan].All(p => coverage[p] > 1))) scan--;
            while (removed[last]) last--;
            var victim = scan >= 0 ? scan : last;

            removed[victim] = true;
            kept--;
            dropped.Add(selected[victim]);
            foreach (var pattern in patterns[victim]) coverage[pattern]--;
            total -= Lines(selected[victim], columns);

            // Fewer stories can mean fewer, wider columns: measure the rest again at the new width.
            if (Columns(kept) != columns)
            {
                columns = Columns(kept);
                total = Enumerable.Range(0, count).Where(i => !removed[i]).Sum(i => Lines(selected[i], columns));
            }
        }
        return dropped;
    }
}

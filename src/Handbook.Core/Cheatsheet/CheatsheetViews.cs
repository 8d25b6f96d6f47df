namespace Handbook.Cheatsheet;

// The models the cheat sheet template sees (property names in snake_case, as Scriban renames them).

/// <summary>A story on the cheat sheet: everything needed to recall it at a glance.</summary>
public sealed record CheatCardView(int Number, string Title, string Href, string Level, string Hook, string KeyMetric, string Tradeoff, string Patterns);

/// <summary>One STAR-TR beat on the cheat sheet's reminder strip.</summary>
public sealed record BeatView(string Title, string Seconds, string Prompt);

/// <summary>A line of the cheat sheet's question -> story map.</summary>
public sealed record QuestionMapView(string Title, string Numbers, bool HighSignal);

/// <summary>The one-page cheat sheet.</summary>
public sealed record CheatsheetView(
    string Title,
    string Author,
    int Columns,
    IReadOnlyList<CheatCardView> Cards,
    IReadOnlyList<BeatView> Beats,
    IReadOnlyList<QuestionMapView> Map,
    string Gaps)
{
    /// <summary>The story count in words ("8 stories"), from the strings file.</summary>
    public string CountLabel { get; init; } = "";
}

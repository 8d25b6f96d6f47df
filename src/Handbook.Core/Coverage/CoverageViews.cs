namespace Handbook.Coverage;

// The models the coverage template sees (property names in snake_case, as Scriban renames them).

/// <summary>A column of a coverage matrix: a competency, with how many stories show it.</summary>
public sealed record CoverageColumnView(string Title, string Href, int Count, bool Gap);

/// <summary>A story's row on the coverage page.</summary>
public sealed record CoverageStoryView(
    int Number,
    string Title,
    string Href,
    string Level,
    int LevelRank,
    int SpokenSeconds,
    string Spoken,
    int Singular,
    int Plural,
    int Figures,
    int Warnings,
    IReadOnlyList<bool> Competencies);

/// <summary>A question pattern's row on the coverage page: which stories answer it.</summary>
public sealed record CoveragePatternView(string Title, string Href, bool HighSignal, int Count, IReadOnlyList<bool> Stories);

/// <summary>How many stories show one level.</summary>
public sealed record CoverageLevelView(string Title, string Href, int Count, int Max);

/// <summary>The coverage dashboard.</summary>
public sealed record CoverageView(
    IReadOnlyList<CoverageColumnView> Competencies,
    IReadOnlyList<CoverageStoryView> Stories,
    IReadOnlyList<CoveragePatternView> Patterns,
    IReadOnlyList<CoverageLevelView> Levels,
    IReadOnlyList<string> Gaps)
{
    /// <summary>True when every competency has two stories and every high-signal pattern one.</summary>
    public bool Ready => Gaps.Count == 0;
}

namespace Handbook.Model;

/// <summary>The STAR-family beats a story body is made of.</summary>
public enum SectionKind
{
    /// <summary>A <c>##</c> section whose heading is not one of the known beats.</summary>
    Other,

    /// <summary>The system, its scale, the baseline, the stakes.</summary>
    Situation,

    /// <summary>What the author personally owned.</summary>
    Task,

    /// <summary>The engineering work the author did.</summary>
    Action,

    /// <summary>The option rejected and what the choice cost.</summary>
    Tradeoff,

    /// <summary>The quantified outcome.</summary>
    Result,

    /// <summary>What changed afterwards.</summary>
    Reflection,
}

/// <summary>Heading names and anchors of <see cref="SectionKind"/>.</summary>
public static class SectionKinds
{
    /// <summary>The beats in speaking order (STAR-TR).</summary>
    public static IReadOnlyList<SectionKind> Ordered { get; } =
    [
        SectionKind.Situation, SectionKind.Task, SectionKind.Action,
        SectionKind.Tradeoff, SectionKind.Result, SectionKind.Reflection,
    ];

    // Accepted spellings of each heading, compared after lower-casing and trimming punctuation.
    private static readonly Dictionary<string, SectionKind> Aliases = new(StringComparer.Ordinal)
    {
        ["situation"] = SectionKind.Situation,
        ["context"] = SectionKind.Situation,
        ["task"] = SectionKind.Task,
        ["action"] = SectionKind.Action,
        ["actions"] = SectionKind.Action,
        ["trade-off"] = SectionKind.Tradeoff,
        ["tradeoff"] = SectionKind.Tradeoff,
        ["trade-offs"] = SectionKind.Tradeoff,
        ["tradeoffs"] = SectionKind.Tradeoff,
        ["trade off"] = SectionKind.Tradeoff,
        ["trade offs"] = SectionKind.Tradeoff,
        ["result"] = SectionKind.Result,
        ["results"] = SectionKind.Result,
        ["reflection"] = SectionKind.Reflection,
        ["learning"] = SectionKind.Reflection,
        ["learnings"] = SectionKind.Reflection,
    };

    /// <summary>Maps a heading's text to its beat; <see cref="SectionKind.Other"/> when unknown.</summary>
    public static SectionKind FromHeading(string heading)
    {
        var key = heading.Trim().TrimEnd(':', '.').Trim().ToLowerInvariant();
        return Aliases.GetValueOrDefault(key, SectionKind.Other);
    }

    /// <summary>The canonical heading, e.g. "Trade-off".</summary>
    public static string Title(this SectionKind kind) => kind switch
    {
        SectionKind.Tradeoff => "Trade-off",
        _ => kind.ToString(),
    };

    /// <summary>The anchor id on the story page, e.g. <c>trade-off</c>.</summary>
    public static string Anchor(this SectionKind kind) => kind.Title().ToLowerInvariant();
}

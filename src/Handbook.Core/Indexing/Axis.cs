namespace Handbook.Indexing;

/// <summary>The three ways stories are cross-indexed.</summary>
public enum Axis
{
    /// <summary>Why they ask: the competency graded.</summary>
    Competency,

    /// <summary>What they ask: the question pattern.</summary>
    Pattern,

    /// <summary>How big: the seniority level.</summary>
    Level,
}

/// <summary>Folder names and titles of <see cref="Axis"/>.</summary>
public static class Axes
{
    /// <summary>Every axis, in navigation order.</summary>
    public static IReadOnlyList<Axis> All { get; } = [Axis.Pattern, Axis.Competency, Axis.Level];

    /// <summary>The output folder of the axis's pages (<c>competencies</c>, <c>patterns</c>, <c>levels</c>).</summary>
    public static string Folder(this Axis axis) => axis switch
    {
        Axis.Competency => "competencies",
        Axis.Pattern => "patterns",
        _ => "levels",
    };
}

namespace Handbook.Model;

/// <summary>The seniority level a story demonstrates. The order is the career ladder.</summary>
public enum Level
{
    /// <summary>Owns a feature or a service.</summary>
    Mid,

    /// <summary>Owns a domain across services.</summary>
    Senior,

    /// <summary>Multi-quarter work other teams build on; incident command.</summary>
    Staff,

    /// <summary>Company-wide scope.</summary>
    Principal,
}

/// <summary>Names and descriptions of <see cref="Level"/>.</summary>
public static class Levels
{
    /// <summary>Every level, in ladder order.</summary>
    public static IReadOnlyList<Level> All { get; } = Enum.GetValues<Level>();

    /// <summary>The id used in front matter and URLs (<c>mid</c>, <c>senior</c>...).</summary>
    public static string Id(this Level level) => level.ToString().ToLowerInvariant();

    /// <summary>The display title.</summary>
    public static string Title(this Level level) => level.ToString();

    /// <summary>What interviewers expect at this level.</summary>
    public static string Description(this Level level) => level switch
    {
        Level.Mid => "Owns a feature or a service; clear personal actions.",
        Level.Senior => "Owns a domain across services; quantified blast radius; changes another team's plan with a written argument.",
        Level.Staff => "Multi-quarter migrations or platforms other teams build on; incident command; mentoring arcs.",
        Level.Principal => "Company-wide scope; the reflection outweighs the result.",
        _ => "",
    };

    /// <summary>Parses a level id, case-insensitively.</summary>
    public static bool TryParse(string? text, out Level level)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }
}

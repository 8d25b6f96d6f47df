namespace Handbook.Searching;

/// <summary>Where in a story a term was found; a bit each, so one posting says every field at once.</summary>
[Flags]
public enum SearchField
{
    /// <summary>Not found.</summary>
    None = 0,

    /// <summary>The title: ranks highest.</summary>
    Title = 1,

    /// <summary>The metrics.</summary>
    Metrics = 2,

    /// <summary>The trade-off line or section.</summary>
    Tradeoff = 4,

    /// <summary>The summary.</summary>
    Summary = 8,

    /// <summary>Competency, pattern and level names, and tags.</summary>
    Facets = 16,

    /// <summary>The STAR sections.</summary>
    Body = 32,
}

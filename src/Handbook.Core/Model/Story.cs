namespace Handbook.Model;

/// <summary>
/// One interview story, as read from a Markdown file with YAML front matter. Immutable: later stages
/// add to it with <c>with</c> expressions rather than mutating it.
/// </summary>
public sealed record Story
{
    /// <summary>The source file path.</summary>
    public required string SourcePath { get; init; }

    /// <summary>URL-safe unique name; the page is <c>stories/{Slug}.html</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The story's title.</summary>
    public required string Title { get; init; }

    /// <summary>A one-line hook; may be empty.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Competency ids, as written.</summary>
    public IReadOnlyList<string> Competencies { get; init; } = [];

    /// <summary>Question pattern ids, as written.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>Seniority level; null when missing or invalid (a diagnostic says so).</summary>
    public Level? Level { get; init; }

    /// <summary>Headline figures, e.g. "p99 850 ms -> 320 ms".</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>The trade-off in one line, from front matter; may be empty.</summary>
    public string Tradeoff { get; init; } = "";

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Old slugs that should lead to this story (after a rename), each given a redirect.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>Drafts are left out of the site and are not held to the error rules.</summary>
    public bool Draft { get; init; }

    /// <summary>Selected for the cheat sheet.</summary>
    public bool Cheatsheet { get; init; }

    /// <summary>Per-story suppressions from <c>allow:</c>: rule id to the reason given (empty when none was).</summary>
    public IReadOnlyDictionary<string, string> Allow { get; init; } = new Dictionary<string, string>();

    /// <summary>Terms this story adds to the handbook's confidential ones (<c>confidential:</c>), replaced in a share build.</summary>
    public IReadOnlyList<ConfidentialTerm> Confidential { get; init; } = [];

    /// <summary>Markdown before the first section; may be empty.</summary>
    public string Preamble { get; init; } = "";

    /// <summary>The sections in file order, from headings of any level or from labels such as <c>**Result:**</c>.</summary>
    public IReadOnlyList<StorySection> Sections { get; init; } = [];

    /// <summary>Labels inside sections of a story organised by headings ("Trade-off: ..." inside the Result).</summary>
    public IReadOnlyList<SectionLabel> InlineLabels { get; init; } = [];

    /// <summary>Things written like section labels whose names were not recognised, with the beat each likely means.</summary>
    public IReadOnlyList<LabelHint> LabelHints { get; init; } = [];

    /// <summary>True when the story has a section of the given beat, or a label of it inside another section.</summary>
    public bool HasBeat(SectionKind kind) => Section(kind) is not null || InlineLabels.Any(l => l.Kind == kind);

    /// <summary>Where each front-matter field was written: field name to 1-based line and column.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> FieldLines { get; init; } =
        new Dictionary<string, (int Line, int Column)>();

    /// <summary>1-based line where the Markdown body starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>The first section of the given beat, or null.</summary>
    public StorySection? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The line and column of a front-matter field, or of the front matter's start when absent.</summary>
    public (int Line, int Column) LineOf(string field) =>
        FieldLines.TryGetValue(field, out var at) ? at : (1, 1);
}

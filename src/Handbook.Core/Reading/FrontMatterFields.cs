namespace Handbook.Reading;

/// <summary>What kind of value a front-matter field holds; the reader and the JSON schema both go by it.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>A URL-safe slug.</summary>
    Slug,

    /// <summary>A list of URL-safe slugs.</summary>
    SlugList,

    /// <summary>One of the seniority levels.</summary>
    Level,

    /// <summary>Competency ids from <c>handbook.yml</c>.</summary>
    CompetencyIds,

    /// <summary>Question pattern ids from <c>questions.yml</c>.</summary>
    PatternIds,

    /// <summary>A list of texts.</summary>
    TextList,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>Rule ids, each mapped to the reason it is silenced.</summary>
    Suppressions,

    /// <summary>Confidential terms: a map from each term to its stand-in, or a list of terms.</summary>
    Confidential,
}

/// <summary>One field a story's front matter may have.</summary>
/// <param name="Name">The key, as written in YAML.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Required">True when every story must have it.</param>
/// <param name="Description">What it is for, as the schema shows it in an editor.</param>
public sealed record FrontMatterField(string Name, FieldKind Kind, bool Required, string Description);

/// <summary>
/// The one table of front-matter fields: the reader's list of known fields (<c>unknown-field</c> warns about the
/// rest) and <c>handbook schema</c> both come from it, so they cannot drift apart.
/// </summary>
public static class FrontMatterFields
{
    /// <summary>Every field, required ones first.</summary>
    public static IReadOnlyList<FrontMatterField> All { get; } =
    [
        new("title", FieldKind.Text, true, "A short name for the story."),
        new("competencies", FieldKind.CompetencyIds, true, "Competency ids from handbook.yml."),
        new("patterns", FieldKind.PatternIds, true, "Question pattern ids from questions.yml."),
        new("level", FieldKind.Level, true, "The seniority the story shows."),
        new("summary", FieldKind.Text, false, "A one-line hook."),
        new("metrics", FieldKind.TextList, false, "Headline figures, e.g. \"p99 850 ms -> 320 ms\"."),
        new("tradeoff", FieldKind.Text, false, "The option rejected and what the choice cost, in one line."),
        new("tags", FieldKind.TextList, false, "Free-form tags, searched and shown on the story page."),
        new("draft", FieldKind.Flag, false, "Drafts are left out of the site."),
        new("cheatsheet", FieldKind.Flag, false, "Put this story on the one-page cheat sheet."),
        new("slug", FieldKind.Slug, false, "The page's name; defaults to the file name."),
        new("redirectFrom", FieldKind.SlugList, false, "Old slugs of this story, which lead to its page."),
        new("allow", FieldKind.Suppressions, false, "Rules silenced for this story, each with the reason."),
        new("confidential", FieldKind.Confidential, false, "Terms replaced in the share version (--share): `term: stand-in` lines, or a list shown as [redacted]."),
    ];

    /// <summary>The names of every field.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToList();

    /// <summary>The pattern a slug matches (lower-case words joined by hyphens).</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
}

namespace Handbook.Reading;

/// <summary>Rule ids of the structural checks made while reading input (not configurable).</summary>
public static class RuleIds
{
    /// <summary>The YAML of a story or configuration file does not parse.</summary>
    public const string YamlSyntax = "yaml-syntax";

    /// <summary>A story has no front matter, or it is never closed, or it is not a mapping.</summary>
    public const string FrontMatter = "front-matter";

    /// <summary>A required field is missing or empty.</summary>
    public const string RequiredField = "required-field";

    /// <summary>A field holds the wrong kind of value (a scalar where a list belongs...).</summary>
    public const string InvalidFieldType = "invalid-field-type";

    /// <summary>A front-matter or configuration field the tool does not know (usually a typo).</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>The level is not one of mid, senior, staff, principal.</summary>
    public const string InvalidLevel = "invalid-level";

    /// <summary>Two stories share a slug, so one page would overwrite the other.</summary>
    public const string DuplicateSlug = "duplicate-slug";

    /// <summary>A configuration list holds the same id twice.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>An unknown rule name or severity in <c>handbook.yml</c>.</summary>
    public const string InvalidRule = "invalid-rule";

    /// <summary>A file or folder could not be read at all.</summary>
    public const string Unreadable = "unreadable-input";

    /// <summary>A Markdown link or image with a scheme other than http, https or mailto (made inert).</summary>
    public const string UnsafeLink = "unsafe-link";

    /// <summary>The output folder may not be replaced, or cannot be written.</summary>
    public const string Output = "output";

    /// <summary>A theme template or the theme's layouts folder is missing.</summary>
    public const string Theme = "theme";

    /// <summary>A theme template does not parse or fails while it renders.</summary>
    public const string Template = "template";

    /// <summary>The Markdown body cannot be parsed (nested deeper than any story needs).</summary>
    public const string Markdown = "markdown";

    /// <summary>A file in the stories folder that is not a story (ignored).</summary>
    public const string IgnoredFile = "ignored-file";

    /// <summary>A Markdown link points at a story or page that does not exist.</summary>
    public const string BrokenLink = "broken-link";

    /// <summary>A round of a target loop names a value the target file does not define.</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>A competency id that <c>handbook.yml</c> does not define (in a target file; stories have their own rule).</summary>
    public const string UnknownCompetency = "unknown-competency";

    /// <summary>A share build's output holds a confidential term (from a template, a theme override, an asset...).</summary>
    public const string ConfidentialLeak = "confidential-leak";
}

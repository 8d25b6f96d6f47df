using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Reading;

/// <summary>
/// Reads one story file into a <see cref="Story"/>. Structural problems (front matter, YAML, required
/// fields, types, level) are reported here; checks that need the configuration run in validation.
/// </summary>
public static class StoryReader
{
    /// <summary>The front-matter fields a story may have (from <see cref="FrontMatterFields"/>).</summary>
    public static IReadOnlyList<string> KnownFields => FrontMatterFields.Names;

    /// <summary>Reads the story at <paramref name="path"/>; null when it cannot be understood at all.</summary>
    public static Story? Read(string path, DiagnosticBag diagnostics)
    {
        var text = InputFiles.TryReadText(path, diagnostics);
        return text is null ? null : Parse(text, path, diagnostics);
    }

    /// <summary>Parses story text (already normalised or not) that came from <paramref name="path"/>.</summary>
    public static Story? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        text = TextNormalizer.Normalize(text);
        var split = FrontMatter.Split(text, path, diagnostics);
        if (split is null) return null;

        var root = YamlSource.Parse(split.Yaml, path, split.YamlLine, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null || string.IsNullOrWhiteSpace(split.Yaml))
            {
                var line = root is null ? 1 : YamlSource.Position(root, split.YamlLine).Line;
                diagnostics.Add(new SourceLocation(path, line, 1), Severity.Error, RuleIds.FrontMatter,
                    root is null ? "the front matter is empty." : $"the front matter must be `field: value` lines, not a {YamlFields.KindOf(root)}.",
                    "write `title:`, `competencies:`, `patterns:` and `level:` between the `---` lines.");
            }
            return null;
        }

        // A draft is not held to the error rules (README, `new`'s template): what reading finds wrong with it is
        // reported as a warning, so a fresh `handbook new` story with empty lists cannot fail the build.
        var own = new DiagnosticBag();
        var story = ReadFields(mapping, split, path, own);
        var draft = story?.Draft ?? IsMarkedDraft(mapping);
        foreach (var found in own.Sorted())
        {
            diagnostics.Add(draft && found.Severity == Severity.Error ? found with { Severity = Severity.Warning } : found);
        }
        return story;
    }

    private static bool IsMarkedDraft(YamlMappingNode mapping) =>
        mapping.Children.Any(p => p.Key is YamlScalarNode { Value: "draft" } && p.Value is YamlScalarNode { Value: { } value }
            && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    private static Story? ReadFields(YamlMappingNode mapping, FrontMatter split, string path, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(mapping, path, split.YamlLine, diagnostics);
        fields.ReportUnknown(KnownFields, "front-matter");

        var title = Required(fields, "title", fields.String("title"), "add `title: A short name for the story`.");
        var competencies = RequiredList(fields, "competencies", "add `competencies: [ownership]` with ids from handbook.yml.");
        var patterns = RequiredList(fields, "patterns", "add `patterns: [production-incident]` with ids from questions.yml.");
        var level = ReadLevel(fields);
        var slug = ReadSlug(fields, path);
        StoryBody body;
        try
        {
            body = SectionReader.Read(InlineBudget.Apply(split.Body, path, split.BodyLine, diagnostics), split.BodyLine);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested beyond its depth limit rather than overflowing the stack.
            diagnostics.Add(new SourceLocation(path, split.BodyLine, 1), Severity.Error, RuleIds.Markdown, $"the Markdown cannot be read: {e.Message}",
                "remove the deeply nested quotes, lists or brackets; a story needs at most a few levels.");
            return null;
        }

        return new Story
        {
            SourcePath = path,
            Slug = slug,
            Title = title ?? slug,
            Summary = fields.String("summary") ?? "",
            Competencies = competencies,
            Patterns = patterns,
            Level = level,
            Metrics = fields.StringList("metrics") ?? [],
            Tradeoff = fields.String("tradeoff") ?? "",
            Tags = fields.StringList("tags") ?? [],
            RedirectFrom = ReadRedirects(fields),
            Draft = fields.Bool("draft"),
            Cheatsheet = fields.Bool("cheatsheet"),
            Allow = ReadAllow(fields, out var allowLines),
            Confidential = fields.Terms("confidential"),
            Preamble = body.Preamble,
            Sections = body.Sections,
            InlineLabels = body.InlineLabels,
            LabelHints = body.Hints,
            FieldLines = fields.Positions(allowLines),
            BodyLine = split.BodyLine,
        };
    }

    private static string? Required(YamlFields fields, string name, string? value, string help)
    {
        if (value is null && !HasWrongType(fields, name))
        {
            var message = fields.Has(name) ? $"`{name}` is empty." : $"the required field `{name}` is missing.";
            fields.ReportAt(name, RuleIds.RequiredField, message, help);
        }
        return value;
    }

    private static IReadOnlyList<string> RequiredList(YamlFields fields, string name, string help)
    {
        var list = fields.StringList(name);
        if (list is { Count: > 0 }) return list;
        if (list is not null || !fields.Has(name))
        {
            var message = fields.Has(name) ? $"`{name}` is empty." : $"the required field `{name}` is missing.";
            fields.ReportAt(name, RuleIds.RequiredField, message, help);
        }
        return [];
    }

    /// <summary>The prefix under which the lines of <c>allow:</c> entries are kept in <see cref="Story.FieldLines"/>.</summary>
    public const string AllowLinePrefix = "allow.";

    // allow: { rule-id: "reason" }; an entry with no reason reads as an empty string (a rule reports it).
    private static IReadOnlyDictionary<string, string> ReadAllow(YamlFields fields, out Dictionary<string, (int Line, int Column)> lines)
    {
        var allow = new Dictionary<string, string>(StringComparer.Ordinal);
        lines = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        if (fields.Mapping("allow") is not { } mapping) return allow;
        var entries = fields.Nested(mapping);
        foreach (var rule in entries.Names)
        {
            allow[rule] = entries.String(rule) ?? "";
            lines[AllowLinePrefix + rule] = entries.PositionOf(rule);
        }
        return allow;
    }

    // Old slugs only: a path such as ../../x or /etc/x would let a story write outside the site.
    private static IReadOnlyList<string> ReadRedirects(YamlFields fields)
    {
        var redirects = new List<string>();
        foreach (var entry in fields.StringList("redirectFrom") ?? [])
        {
            var slug = entry.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? entry[..^5] : entry;
            slug = slug.StartsWith("stories/", StringComparison.Ordinal) ? slug[8..] : slug;
            if (Slug.IsValid(slug)) redirects.Add(slug);
            else fields.ReportAt("redirectFrom", RuleIds.InvalidFieldType, $"`{entry}` is not an old slug; paths and other characters are not allowed.",
                "write the story's old file name without `.md`, e.g. `redirectFrom: [old-story-name]`.");
        }
        return redirects;
    }

    private static Level? ReadLevel(YamlFields fields)
    {
        const string Help = "write `level: mid`, `senior`, `staff` or `principal`.";
        var text = Required(fields, "level", fields.String("level"), Help);
        if (text is null) return null;
        if (Levels.TryParse(text, out var level)) return level;
        var suggestion = NearestMatch.Suggestion(text, Levels.All.Select(l => l.Id()));
        fields.ReportAt("level", RuleIds.InvalidLevel, $"`{text}` is not a level.", suggestion.Length > 0 ? $"{suggestion} ({Help})" : Help);
        return null;
    }

    private static string ReadSlug(YamlFields fields, string path)
    {
        var fromFile = Slug.From(Path.GetFileNameWithoutExtension(path));
        var written = fields.String("slug");
        if (written is null) return fromFile.Length > 0 ? fromFile : "story";
        if (Slug.IsValid(written)) return written;
        var fixedSlug = Slug.From(written);
        fields.ReportAt("slug", RuleIds.InvalidFieldType, $"the slug `{written}` is not URL-safe.",
            fixedSlug.Length > 0 ? $"use `slug: {fixedSlug}`." : "use lower-case letters, digits and dashes.");
        return fixedSlug.Length > 0 ? fixedSlug : fromFile;
    }

    // A present field of the wrong type was already reported by YamlFields; do not report it twice.
    private static bool HasWrongType(YamlFields fields, string name) =>
        fields.Node(name) is YamlSequenceNode or YamlMappingNode;
}

using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Configuration;

/// <summary>
/// Reads <c>handbook.yml</c> and <c>questions.yml</c> from an input folder. A missing file means the
/// built-in default; a broken file is reported and its defaults apply, so stories are still checked.
/// </summary>
public static class ConfigLoader
{
    private static readonly string[] HandbookFields = ["title", "author", "email", "baseUrl", "public", "competencies", "rules", "allowHtml", "phrases", "options", "confidential"];
    private static readonly string[] CompetencyFields = ["id", "title", "description"];
    private static readonly string[] QuestionFields = ["id", "title", "prompts", "competencies", "signal"];

    private static readonly EntryShape CompetencyShape = new("competency", CompetencyFields, "`id` and `title`",
        "write `- id: ownership` then an indented `title: Ownership`.");

    private static readonly EntryShape QuestionShape = new("question pattern", QuestionFields, "`id`, `title` and `prompts`",
        "write `- id: my-pattern` then indented fields.");

    /// <summary>Loads the configuration of the handbook in <paramref name="inputDirectory"/>.</summary>
    /// <param name="inputDirectory">The input folder.</param>
    /// <param name="knownRules">Rule ids whose severity may be configured.</param>
    /// <param name="diagnostics">Where problems in the files go.</param>
    /// <param name="knownOptions">The option names each rule reads (rule id to names); null accepts any.</param>
    public static HandbookConfig Load(string inputDirectory, IReadOnlyCollection<string> knownRules, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions = null)
    {
        var config = ReadHandbook(inputDirectory, knownRules, diagnostics, knownOptions);
        var questions = ReadQuestions(inputDirectory, config, diagnostics);
        return config with { Questions = questions };
    }

    // The built-in files are immutable: each is parsed once per process, not on every handbook read.
    private static readonly Lazy<HandbookConfig> BuiltInHandbook = new(() =>
        Parse(ConfigFiles.DefaultText(ConfigFiles.Handbook), DefaultPath(ConfigFiles.Handbook), [], new DiagnosticBag(), defaults: null));

    private static readonly Lazy<IReadOnlyList<QuestionPattern>> BuiltInQuestions = new(() =>
        ParseQuestions(ConfigFiles.DefaultText(ConfigFiles.Questions), DefaultPath(ConfigFiles.Questions), BuiltInHandbook.Value, new DiagnosticBag()));

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> BuiltInPhrases = new(ParsePhrases);

    /// <summary>Parses handbook settings from text; what it leaves out comes from the built-in settings.</summary>
    /// <param name="text">The text of handbook.yml.</param>
    /// <param name="path">Its path, for diagnostics.</param>
    /// <param name="knownRules">Rule ids whose severity may be configured.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="knownOptions">The option names each rule reads (rule id to names); null accepts any.</param>
    public static HandbookConfig ParseHandbook(string text, string path, IReadOnlyCollection<string> knownRules, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions = null) =>
        Parse(text, path, knownRules, diagnostics, DefaultHandbook(), knownOptions);

    // defaults is null only while parsing the built-in settings themselves.
    private static HandbookConfig Parse(string text, string path, IReadOnlyCollection<string> knownRules, DiagnosticBag diagnostics, HandbookConfig? defaults,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions = null)
    {
        var fields = Fields(text, path, diagnostics);
        if (fields is null) return defaults ?? new HandbookConfig();
        fields.ReportUnknown(HandbookFields, "handbook.yml");

        var competencies = fields.Has("competencies")
            ? ReadCompetencies(fields, diagnostics)
            : defaults?.Competencies ?? [];
        return new HandbookConfig
        {
            Title = fields.String("title") ?? defaults?.Title ?? new HandbookConfig().Title,
            Author = fields.String("author") ?? "",
            Email = fields.String("email") ?? "",
            AllowHtml = fields.Bool("allowHtml"),
            BaseUrl = ReadBaseUrl(fields),
            Public = fields.Bool("public"),
            Competencies = competencies,
            Rules = ReadRules(fields, knownRules),
            Phrases = ReadPhrases(fields, defaults),
            RuleOptions = ReadOptions(fields, knownOptions),
            Confidential = fields.Terms("confidential"),
        };
    }

    /// <summary>The built-in phrase lists.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultPhrases() => BuiltInPhrases.Value;

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ParsePhrases()
    {
        var bag = new DiagnosticBag();
        var root = YamlSource.Parse(ConfigFiles.DefaultText(ConfigFiles.Phrases), DefaultPath(ConfigFiles.Phrases), 1, bag) as YamlMappingNode
            ?? throw new InvalidOperationException("The built-in phrases.yml is not a mapping.");
        var fields = new YamlFields(root, DefaultPath(ConfigFiles.Phrases), 1, bag);
        return fields.Names.ToDictionary(n => n, n => fields.StringList(n) ?? [], StringComparer.Ordinal);
    }

    // Built-in lists, each extended by the handbook's list of the same name.
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadPhrases(YamlFields fields, HandbookConfig? defaults)
    {
        var builtIn = defaults?.Phrases ?? DefaultPhrases();
        var merged = builtIn.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        if (fields.Mapping("phrases") is { } mapping)
        {
            var lists = fields.Nested(mapping);
            foreach (var name in lists.Names)
            {
                if (!merged.ContainsKey(name))
                {
                    lists.ReportAt(name, RuleIds.UnknownField, $"unknown phrase list `{name}`; it is ignored.",
                        Suggest(name, merged.Keys.ToList(), "phrase lists"), Severity.Warning);
                    continue;
                }
                merged[name].AddRange(lists.StringList(name) ?? []);
            }
        }
        return merged.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Parses a question bank from text.</summary>
    public static IReadOnlyList<QuestionPattern> ParseQuestions(string text, string path, HandbookConfig config, DiagnosticBag diagnostics)
    {
        var root = YamlSource.Parse(TextNormalizer.Normalize(text), path, 1, diagnostics);
        if (root is null) return [];
        if (root is not YamlSequenceNode sequence)
        {
            var (line, column) = YamlSource.Position(root, 1);
            diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.InvalidFieldType,
                "questions.yml must be a list of question patterns.", "start each pattern with `- id: ...`.");
            return [];
        }

        var patterns = new List<QuestionPattern>();
        var competencyIds = config.Competencies.Select(c => c.Id).ToList();
        foreach (var (fields, id) in IdentifiedEntries.Read(sequence.Children, mapping => new YamlFields(mapping, path, 1, diagnostics),
            (item, message, help) =>
            {
                var (line, column) = YamlSource.Position(item, 1);
                diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.InvalidFieldType, message, help);
            }, QuestionShape))
        {
            var competencies = fields.StringList("competencies") ?? [];
            foreach (var competency in competencies.Where(c => !competencyIds.Contains(c)))
            {
                fields.ReportAt("competencies", "unknown-competency", $"question `{id}` names unknown competency `{competency}`.",
                    Suggest(competency, competencyIds, "competencies in handbook.yml"));
            }
            var signal = fields.String("signal") ?? "normal";
            if (signal is not ("high" or "normal"))
            {
                fields.ReportAt("signal", RuleIds.InvalidFieldType, $"`signal` must be `high` or `normal`, not `{signal}`.", "write `signal: high` or leave it out.");
            }
            patterns.Add(new QuestionPattern(id, fields.String("title") ?? id, fields.StringList("prompts") ?? [],
                competencies, signal == "high"));
        }
        return patterns;
    }

    /// <summary>The built-in handbook settings (the default competencies).</summary>
    public static HandbookConfig DefaultHandbook() => BuiltInHandbook.Value;

    /// <summary>The built-in question bank.</summary>
    public static IReadOnlyList<QuestionPattern> DefaultQuestions() => BuiltInQuestions.Value;

    /// <summary>"did you mean" help for an unknown id, or the list of known ids.</summary>
    public static string Suggest(string typed, IReadOnlyCollection<string> known, string where)
    {
        var suggestion = NearestMatch.Suggestion(typed, known);
        return suggestion.Length > 0 ? suggestion : $"use one of the {where}: {string.Join(", ", known)}.";
    }

    private static HandbookConfig ReadHandbook(string inputDirectory, IReadOnlyCollection<string> knownRules, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions)
    {
        var path = Path.Combine(inputDirectory, ConfigFiles.Handbook);
        var text = InputFiles.TryReadInputText(path, inputDirectory, diagnostics, optional: true);
        var config = text is null ? DefaultHandbook() : ParseHandbook(text, path, knownRules, diagnostics, knownOptions);
        return config with { SourcePath = path };
    }

    private static IReadOnlyList<QuestionPattern> ReadQuestions(string inputDirectory, HandbookConfig config, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, ConfigFiles.Questions);
        var text = InputFiles.TryReadInputText(path, inputDirectory, diagnostics, optional: true);
        return text is null ? DefaultQuestions() : ParseQuestions(text, path, config, diagnostics);
    }

    private static YamlFields? Fields(string text, string path, DiagnosticBag diagnostics)
    {
        var root = YamlSource.Parse(TextNormalizer.Normalize(text), path, 1, diagnostics);
        switch (root)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlFields(mapping, path, 1, diagnostics);
            default:
                var (line, column) = YamlSource.Position(root, 1);
                diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.InvalidFieldType,
                    $"{Path.GetFileName(path)} must be a mapping of `field: value` lines.", "write `title: My handbook` and the other fields one per line.");
                return null;
        }
    }

    private static IReadOnlyList<Competency> ReadCompetencies(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (fields.Node("competencies") is not YamlSequenceNode sequence)
        {
            fields.ReportAt("competencies", RuleIds.InvalidFieldType, "`competencies` must be a list of `{id, title, description}` entries.",
                "write `- id: ownership` then an indented `title: Ownership`.");
            return DefaultHandbook().Competencies;
        }
        var competencies = new List<Competency>();
        foreach (var (entry, id) in IdentifiedEntries.Read(sequence.Children, fields.Nested, (item, message, help) => fields.Report(item, RuleIds.InvalidFieldType, message, help), CompetencyShape))
        {
            competencies.Add(new Competency(id, entry.String("title") ?? id, entry.String("description") ?? ""));
        }
        return competencies;
    }

    private static string ReadBaseUrl(YamlFields fields)
    {
        var text = fields.String("baseUrl");
        if (text is null) return "";
        if (BaseUrls.TryNormalize(text, out var url)) return url;
        fields.ReportAt("baseUrl", RuleIds.InvalidFieldType, $"`{text}` is not an http or https address.", "write the full address, e.g. `baseUrl: https://my-handbook.netlify.app`.");
        return "";
    }

    private static IReadOnlyDictionary<string, Severity> ReadRules(YamlFields fields, IReadOnlyCollection<string> knownRules)
    {
        var rules = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (fields.Mapping("rules") is not { } mapping) return rules;
        var entries = fields.Nested(mapping);
        foreach (var name in entries.Names)
        {
            if (!knownRules.Contains(name))
            {
                entries.ReportAt(name, RuleIds.InvalidRule, $"unknown rule `{name}`; the setting is ignored.",
                    Suggest(name, knownRules, "configurable rules"), Severity.Warning);
                continue;
            }
            var value = entries.String(name);
            if (SeverityNames.TryParse(value, out var severity)) rules[name] = severity;
            else entries.ReportAt(name, RuleIds.InvalidRule, $"`{value}` is not a severity.", "write `error`, `warning` or `off`.");
        }
        return rules;
    }

    // options: { rule-id: { name: number } }: an unknown rule or option is warned about and ignored; a value that is
    // not a non-negative number is an error.
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> ReadOptions(YamlFields fields,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions)
    {
        var options = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (fields.Mapping("options") is not { } mapping) return options;
        var rules = fields.Nested(mapping);
        foreach (var rule in rules.Names)
        {
            if (knownOptions is not null && !knownOptions.ContainsKey(rule))
            {
                rules.ReportAt(rule, RuleIds.InvalidRule, $"rule `{rule}` has no options; the setting is ignored.",
                    Suggest(rule, knownOptions.Keys.ToList(), "rules with options"), Severity.Warning);
                continue;
            }
            if (rules.Mapping(rule) is not { } settings)
            {
                rules.ReportAt(rule, RuleIds.InvalidFieldType, $"`options.{rule}` must be a mapping of `name: number`.", "write e.g. `maxWords: 30` indented under it.");
                continue;
            }
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var entries = rules.Nested(settings);
            foreach (var name in entries.Names)
            {
                if (knownOptions is not null && !knownOptions[rule].Contains(name))
                {
                    entries.ReportAt(name, RuleIds.InvalidRule, $"`{rule}` has no option `{name}`; it is ignored.",
                        Suggest(name, knownOptions[rule], $"options of {rule}"), Severity.Warning);
                    continue;
                }
                var text = entries.String(name);
                if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    && value >= 0 && double.IsFinite(value))
                {
                    values[name] = value;
                }
                else
                {
                    entries.ReportAt(name, RuleIds.InvalidRule, $"`{text}` is not a number for `{rule}.{name}`.", "write a number such as `30` or `1.5`.");
                }
            }
            options[rule] = values;
        }
        return options;
    }

    private static string DefaultPath(string fileName) => $"<built-in {fileName}>";
}

using Handbook.Diagnostics;
using Handbook.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Reading;

/// <summary>
/// Typed, position-aware access to the fields of one YAML mapping. Every wrong type is reported as a
/// diagnostic at the field's line and read as absent, so one bad field never hides the others.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    public YamlFields(YamlMappingNode mapping, string path, int firstLine, DiagnosticBag diagnostics)
    {
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        Start = YamlSource.Position(mapping, firstLine);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) _fields[name] = (key, value);
            else Report(key, RuleIds.InvalidFieldType, "field names must be plain words.", "write `name: value`.");
        }
    }

    /// <summary>Where the mapping starts.</summary>
    public (int Line, int Column) Start { get; }

    /// <summary>The field names, in file order.</summary>
    public IEnumerable<string> Names => _fields.Keys;

    /// <summary>True when the field is present (even if empty).</summary>
    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>Line and column of the field's name; the mapping's start when it is absent.</summary>
    public (int Line, int Column) PositionOf(string name) =>
        _fields.TryGetValue(name, out var field) ? YamlSource.Position(field.Key, _firstLine) : Start;

    /// <summary>Line and column of every field, and of the <paramref name="more"/> given, for diagnostics raised by later stages.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Positions(IReadOnlyDictionary<string, (int Line, int Column)>? more = null)
    {
        // A loop, not LINQ: LINQ over these value tuples is compiled at run time, in every build.
        var positions = new Dictionary<string, (int Line, int Column)>(_fields.Count + (more?.Count ?? 0), StringComparer.Ordinal);
        foreach (var (name, field) in _fields) positions[name] = YamlSource.Position(field.Key, _firstLine);
        if (more is not null)
        {
            foreach (var (name, at) in more) positions[name] = at;
        }
        return positions;
    }

    /// <summary>The raw node of a field, or null.</summary>
    public YamlNode? Node(string name) => _fields.TryGetValue(name, out var f) ? f.Value : null;

    /// <summary>A text field; null when absent, empty or not a scalar (the last is reported).</summary>
    public string? String(string name)
    {
        if (!_fields.TryGetValue(name, out var field)) return null;
        switch (field.Value)
        {
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            default:
                Report(field.Key, RuleIds.InvalidFieldType, $"`{name}` must be a single text value, not a {KindOf(field.Value)}.",
                    $"write `{name}: some text` on one line.");
                return null;
        }
    }

    /// <summary>A list of texts; null when absent. A scalar or a nested list is reported and read as absent.</summary>
    public IReadOnlyList<string>? StringList(string name)
    {
        if (!_fields.TryGetValue(name, out var field)) return null;
        switch (field.Value)
        {
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlScalarNode scalar:
                Report(field.Key, RuleIds.InvalidFieldType, $"`{name}` must be a list, not a single value.",
                    $"write `{name}: [{scalar.Value}]` or one `- {scalar.Value}` item per line.");
                return null;
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        if (!string.IsNullOrWhiteSpace(text)) items.Add(text.Trim());
                    }
                    else
                    {
                        Report(item, RuleIds.InvalidFieldType, $"each item of `{name}` must be a single text value, not a {KindOf(item)}.",
                            "write one plain value per item.");
                    }
                }
                return items;
            default:
                Report(field.Key, RuleIds.InvalidFieldType, $"`{name}` must be a list, not a {KindOf(field.Value)}.",
                    $"write `{name}:` followed by `- item` lines.");
                return null;
        }
    }

    /// <summary>
    /// Confidential terms: a map from each term to its stand-in, or a list of terms (each standing in as
    /// <see cref="Model.ConfidentialTerm.DefaultStandIn"/>); empty when absent or of another kind (reported).
    /// </summary>
    public IReadOnlyList<Model.ConfidentialTerm> Terms(string name)
    {
        if (!_fields.TryGetValue(name, out var field)) return [];
        switch (field.Value)
        {
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlSequenceNode:
                return (StringList(name) ?? []).Select(t => new Model.ConfidentialTerm(t, Model.ConfidentialTerm.DefaultStandIn)).ToList();
            case YamlMappingNode mapping:
                var terms = new List<Model.ConfidentialTerm>();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } term } || string.IsNullOrWhiteSpace(term) || value is not YamlScalarNode standIn)
                    {
                        Report(key, RuleIds.InvalidFieldType, $"each entry of `{name}` must be `term: stand-in` on one line.",
                            "write e.g. `Acme Bank: a large bank`, or list the terms to have them shown as [redacted].");
                        continue;
                    }
                    var text = string.IsNullOrWhiteSpace(standIn.Value) ? Model.ConfidentialTerm.DefaultStandIn : standIn.Value.Trim();
                    terms.Add(new Model.ConfidentialTerm(term.Trim(), text));
                }
                return terms;
            default:
                Report(field.Key, RuleIds.InvalidFieldType, $"`{name}` must be a map of `term: stand-in` lines or a list of terms.",
                    $"write `{name}:` then `Acme Bank: a large bank` lines, or `{name}: [Acme Bank]`.");
                return [];
        }
    }

    /// <summary>A yes/no field; <paramref name="fallback"/> when absent or not a boolean (the last is reported).</summary>
    public bool Bool(string name, bool fallback = false)
    {
        if (!_fields.TryGetValue(name, out var field)) return fallback;
        if (field.Value is YamlScalarNode { Value: { } text })
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true": case "yes": case "on": return true;
                case "false": case "no": case "off": case "": return false;
            }
        }
        Report(field.Key, RuleIds.InvalidFieldType, $"`{name}` must be true or false.", $"write `{name}: true` or `{name}: false`.");
        return fallback;
    }

    /// <summary>A nested mapping; null when absent or not a mapping (the last is reported).</summary>
    public YamlMappingNode? Mapping(string name)
    {
        if (!_fields.TryGetValue(name, out var field)) return null;
        if (field.Value is YamlMappingNode mapping) return mapping;
        if (field.Value is YamlScalarNode { Value: null or "" }) return null;
        Report(field.Key, RuleIds.InvalidFieldType, $"`{name}` must be a mapping of `key: value` lines, not a {KindOf(field.Value)}.",
            $"indent `key: value` lines under `{name}:`.");
        return null;
    }

    /// <summary>Reports fields that are not in <paramref name="known"/>, suggesting the nearest known name.</summary>
    public void ReportUnknown(IReadOnlyCollection<string> known, string what)
    {
        foreach (var (name, field) in _fields)
        {
            if (known.Contains(name)) continue;
            var suggestion = NearestMatch.Suggestion(name, known);
            Report(field.Key, RuleIds.UnknownField, $"unknown {what} field `{name}`; it is ignored.",
                suggestion.Length > 0 ? suggestion : $"known fields: {string.Join(", ", known)}.", Severity.Warning);
        }
    }

    /// <summary>Reports a problem at a node.</summary>
    public void Report(YamlNode at, string rule, string message, string help, Severity severity = Severity.Error)
    {
        var (line, column) = YamlSource.Position(at, _firstLine);
        _diagnostics.Add(new SourceLocation(_path, line, column), severity, rule, message, help);
    }

    /// <summary>Reports a problem at a field (or the mapping's start when the field is absent).</summary>
    public void ReportAt(string name, string rule, string message, string help, Severity severity = Severity.Error)
    {
        var (line, column) = PositionOf(name);
        _diagnostics.Add(new SourceLocation(_path, line, column), severity, rule, message, help);
    }

    /// <summary>A reader over a nested mapping.</summary>
    public YamlFields Nested(YamlMappingNode mapping) => new(mapping, _path, _firstLine, _diagnostics);

    /// <summary>How a node is described in messages.</summary>
    public static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };
}

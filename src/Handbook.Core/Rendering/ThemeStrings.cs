using System.Globalization;
using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Rendering;

/// <summary>
/// The copy the engine hands to templates (page titles and descriptions, navigation labels, sentences), read from
/// <c>strings.yml</c> in the theme: a key in <c>input/theme/strings.yml</c> wins, a key it leaves out falls back to
/// the theme's, and a key neither has to the default theme's copy built into the engine. Keys are dotted paths
/// (<c>nav.stories</c>).
/// </summary>
public sealed partial class ThemeStrings
{
    /// <summary>The strings file's name, at the root of the theme and of its override folder.</summary>
    public const string FileName = "strings.yml";

    private const string BuiltInResource = "Handbook.Theme.strings.yml";

    private readonly IReadOnlyList<YamlNode> _layers;
    private readonly Lazy<YamlNode> _builtIn = new(BuiltIn); // read only when a key is in no file of the theme

    private ThemeStrings(IReadOnlyList<YamlNode> layers) => _layers = layers;

    /// <summary>
    /// The strings of <paramref name="theme"/> and its overrides. A file that does not parse, or is not a mapping, is
    /// an error in <paramref name="diagnostics"/> at its line, and its keys fall back to the next layer. A key of the
    /// override file that the theme does not have (a typo, most often) is a warning at its line: nothing reads it.
    /// </summary>
    public static ThemeStrings Load(Theme theme, DiagnosticBag diagnostics)
    {
        var layers = new List<YamlNode>();
        var overridden = (Path: "", Root: (YamlMappingNode?)null);
        foreach (var path in theme.Layers(FileName))
        {
            var root = YamlSource.Parse(theme.ReadFullPath(path) ?? "", path, 1, diagnostics);
            if (root is YamlMappingNode map)
            {
                if (layers.Count == 0 && theme.Overrides is { } overrides && path.StartsWith(overrides, StringComparison.Ordinal)) overridden = (path, map);
                layers.Add(root);
            }
            else if (root is not null)
            {
                var (line, column) = YamlSource.Position(root, 1);
                diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.Theme,
                    "the strings file is not a mapping of keys to text.", "write `key: text` lines, grouped as in the theme's strings.yml.");
            }
        }
        var strings = new ThemeStrings(layers);
        if (overridden.Root is { } user) strings.ReportUnknownKeys(overridden.Path, user, "", diagnostics);
        return strings;
    }

    // Keys of the override file that no layer under it has; a count's `zero` form is known wherever `other` is.
    private void ReportUnknownKeys(string path, YamlMappingNode map, string prefix, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name }) continue;
            var key = prefix + name;
            if (value is YamlMappingNode inner)
            {
                ReportUnknownKeys(path, inner, key + ".", diagnostics);
                continue;
            }
            if (Known(key) || (name == "zero" && Known(prefix + "other"))) continue;
            var (line, column) = YamlSource.Position(keyNode, 1);
            diagnostics.Add(new SourceLocation(path, line, column), Severity.Warning, RuleIds.Theme,
                $"`{key}` is not a key of the theme's strings, so nothing shows it.", "check its spelling against the theme's strings.yml.");
        }
    }

    // True when a layer under the override file, or the built-in copy, has the key.
    private bool Known(string key) => _layers.Skip(1).Append(_builtIn.Value).Any(layer => At(layer, key) is not null);

    private static YamlNode? At(YamlNode root, string key)
    {
        YamlNode? node = root;
        foreach (var part in key.Split('.'))
        {
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null;
            if (node is null) break;
        }
        return node;
    }

    private static YamlNode BuiltIn()
    {
        using var stream = typeof(ThemeStrings).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"the engine lacks its built-in {BuiltInResource}.");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(TextNormalizer.Normalize(new StreamReader(stream).ReadToEnd())));
        return yaml.Documents[0].RootNode;
    }

    /// <summary>The text at <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No layer has it, not even the built-in copy: a key the engine misspells.</exception>
    public string this[string key] => (Find<YamlScalarNode>(key) ?? throw Missing(key)).Value ?? "";

    /// <summary>The text at <paramref name="key"/> with each <c>{name}</c> replaced by its value, numbers written invariantly.</summary>
    public string Format(string key, params (string Name, object Value)[] values) =>
        // One pass, so a value that itself holds "{name}" (a story titled so) is left as written.
        Placeholder().Replace(this[key], match => values.FirstOrDefault(v => v.Name == match.Groups[1].Value) is { Name: not null } found
            ? Convert.ToString(found.Value, CultureInfo.InvariantCulture) ?? ""
            : match.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// <paramref name="count"/> said in words from the forms under <paramref name="key"/>: <c>zero</c> (when given) for
    /// none, <c>one</c> for one, <c>other</c> for the rest, each with <c>{count}</c> filled in.
    /// </summary>
    public string Count(string key, int count) =>
        Format(count == 0 && Find<YamlScalarNode>($"{key}.zero") is not null ? $"{key}.zero" : count == 1 ? $"{key}.one" : $"{key}.other", ("count", count));

    /// <summary>The list of records at <paramref name="key"/>: each a mapping of field names to text.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records(string key) => (Find<YamlSequenceNode>(key) ?? throw Missing(key))
        .OfType<YamlMappingNode>()
        .Select(record => (IReadOnlyDictionary<string, string>)record.Children
            .Where(field => field.Key is YamlScalarNode && field.Value is YamlScalarNode)
            .ToDictionary(field => ((YamlScalarNode)field.Key).Value ?? "", field => ((YamlScalarNode)field.Value).Value ?? "", StringComparer.Ordinal))
        .ToList();

    // The first layer whose node at the dotted key has the wanted shape: a value of another shape is passed over.
    private T? Find<T>(string key) where T : YamlNode
    {
        foreach (var layer in _layers.Append(null))
        {
            if (At(layer ?? _builtIn.Value, key) is T found) return found;
        }
        return null;
    }

    private static KeyNotFoundException Missing(string key) => new($"{FileName} has no `{key}`.");
}

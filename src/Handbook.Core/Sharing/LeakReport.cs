using Handbook.Checking;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Rendering;

namespace Handbook.Sharing;

/// <summary>Turns leaks into <c>confidential-leak</c> errors, each at the file a person can fix when it can be found.</summary>
public static class LeakReport
{
    /// <summary>One error per leaking output file.</summary>
    /// <param name="leaks">The files held back.</param>
    /// <param name="origins">Where each page came from (its template and story).</param>
    /// <param name="theme">The theme, to find templates and assets, the handbook's overrides first.</param>
    /// <param name="scanner">The scan that found them, to find the line in the source.</param>
    public static IReadOnlyList<Diagnostic> Diagnostics(IReadOnlyList<Leak> leaks, IReadOnlyDictionary<string, PageOrigin> origins, Theme theme, LeakScanner scanner)
    {
        var sourceTexts = new Dictionary<string, SourceLocation?>(StringComparer.Ordinal);
        SourceLocation? Cached(string source) => sourceTexts.TryGetValue(source, out var at) ? at : sourceTexts[source] = At(source, scanner);
        // One error per source: a term in a partial template is in every page, and is one thing to fix.
        var grouped = new Dictionary<(SourceLocation? Where, string Found), List<string>>();
        foreach (var leak in leaks)
        {
            var origin = origins.GetValueOrDefault(leak.Path);
            var where = Sources(leak.Path, origin, theme).Select(Cached).FirstOrDefault(l => l is not null);
            var key = (where, leak.Found.ToLowerInvariant());
            if (grouped.TryGetValue(key, out var paths)) paths.Add(leak.Path);
            else grouped[key] = [leak.Path];
        }
        return grouped.Select(g =>
        {
            var (where, _) = g.Key;
            var paths = g.Value;
            var files = paths.Count == 1 ? $"`{paths[0]}`" : $"`{paths[0]}` and {paths.Count - 1} other file{(paths.Count == 2 ? "" : "s")}";
            var from = where is null ? " (its source was not found: perhaps a stand-in holds a term)" : "";
            var found = leaks.First(l => l.Path == paths[0]).Found;
            return new Diagnostic(where ?? SourceLocation.File(paths[0]), Severity.Error, RuleIds.ConfidentialLeak,
                $"the share version's {files} would contain the confidential term `{found}`{from}; nothing was published.",
                "remove the term from the template, asset or file name, or give it a stand-in that is not itself confidential.");
        }).ToList();
    }

    // Where the text of an output file comes from, most specific first: the template, the asset, the theme's
    // partials, then the story (whose front matter names its own terms, so it is the least telling).
    private static IEnumerable<string> Sources(string path, PageOrigin? origin, Theme theme)
    {
        if (origin is not null && theme.Resolve(origin.Template) is { } template) yield return template;
        if (theme.Resolve(path) is { } asset) yield return asset;
        foreach (var partial in theme.Files(Theme.PartialsFolder))
        {
            if (theme.Resolve(partial) is { } full) yield return full;
        }
        if (origin?.Story is { } story) yield return story;
    }

    private static SourceLocation? At(string source, LeakScanner scanner)
    {
        string text;
        try
        {
            text = File.ReadAllText(source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (scanner.Locate(text) is { } at) return new SourceLocation(source, at.Line, at.Column);
        // A file name alone can carry the term (an asset called acme-logo.svg).
        return scanner.Find(Path.GetFileName(source), []) is not null ? SourceLocation.File(source) : null;
    }
}

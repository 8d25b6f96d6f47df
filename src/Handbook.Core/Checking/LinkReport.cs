using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Rendering;
using Handbook.Text;

namespace Handbook.Checking;

/// <summary>
/// Turns broken links into <c>broken-link</c> diagnostics at the file a person can fix: the story line that wrote
/// the link, or the template (the partial when its text holds the address, else the page's layout or page
/// template). A template link that breaks on many pages (a navigation link) is reported once.
/// </summary>
public static class LinkReport
{
    /// <summary>The diagnostics for <paramref name="broken"/>.</summary>
    /// <param name="broken">The broken links, from <see cref="LinkChecker.Find"/>.</param>
    /// <param name="origins">Where each page comes from; a page missing here is reported at itself.</param>
    /// <param name="theme">The theme, to find the template files.</param>
    /// <param name="severity">The configured severity of <c>broken-link</c>.</param>
    public static IReadOnlyList<Diagnostic> Diagnostics(IReadOnlyList<BrokenLink> broken, IReadOnlyDictionary<string, PageOrigin> origins, Theme theme, Severity severity)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Text(string fullPath)
        {
            if (!texts.TryGetValue(fullPath, out var text))
            {
                try { text = TextNormalizer.Normalize(File.ReadAllText(fullPath)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { text = null; }
                texts[fullPath] = text;
            }
            return text;
        }

        var grouped = new Dictionary<(SourceLocation Where, string Same), (List<string> Pages, BrokenLink First)>();
        foreach (var link in broken)
        {
            var origin = origins.GetValueOrDefault(link.Page);
            SourceLocation where;
            if (origin?.Story is { } story && Text(story) is { } storyText && Find(storyText, StoryNeedles(link.Url)) is { } inStory)
            {
                // The Markdown stage already reported links to story files that are not published.
                if (IsMarkdownFile(link.Url)) continue;
                where = new SourceLocation(story, inStory.Line, inStory.Column);
            }
            else if (origin is not null)
            {
                where = InTheme(origin.Template, link.Url, theme, Text);
            }
            else
            {
                where = SourceLocation.File(link.Page);
            }
            var key = (where, link.Same);
            if (grouped.TryGetValue(key, out var group)) group.Pages.Add(link.Page);
            else grouped[key] = ([link.Page], link);
        }

        return grouped.Select(g =>
        {
            var pages = g.Value.Pages;
            var on = pages.Count == 1 ? $"on `{pages[0]}`" : $"on `{pages[0]}` and {pages.Count - 1} more page{(pages.Count == 2 ? "" : "s")}";
            return new Diagnostic(g.Key.Where, severity, RuleIds.BrokenLink, $"{on}, {g.Value.First.Problem}", g.Value.First.Fix);
        }).ToList();
    }

    // The template whose text holds the address: the page's own template, then a partial, then the base layout.
    // A template builds most addresses from expressions, so the literal part after `{{ page.root }}` is searched.
    private static SourceLocation InTheme(string template, string url, Theme theme, Func<string, string?> text)
    {
        var candidates = new List<string> { template };
        candidates.AddRange(theme.Files(Theme.PartialsFolder).Where(p => p.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)));
        candidates.Add($"{Theme.LayoutsFolder}/{TemplateSet.BaseLayout}{Theme.TemplateExtension}");
        var needles = TemplateNeedles(url);
        foreach (var candidate in candidates)
        {
            if (theme.Resolve(candidate) is not { } path || text(path) is not { } content) continue;
            if (Find(content, needles) is { } at) return new SourceLocation(path, at.Line, at.Column);
        }
        return SourceLocation.File(theme.Resolve(template) ?? template);
    }

    private static IEnumerable<string> TemplateNeedles(string url)
    {
        yield return url;
        var rest = url;
        while (rest.StartsWith("../", StringComparison.Ordinal) || rest.StartsWith("./", StringComparison.Ordinal) || rest.StartsWith('/')) rest = rest[(rest.IndexOf('/') + 1)..];
        if (rest.Length >= 3 && rest != url) yield return rest;
    }

    private static IEnumerable<string> StoryNeedles(string url)
    {
        yield return url;
        string decoded;
        try { decoded = Uri.UnescapeDataString(url); }
        catch (UriFormatException) { yield break; }
        if (decoded != url) yield return decoded;
    }

    private static (int Line, int Column)? Find(string text, IEnumerable<string> needles)
    {
        foreach (var needle in needles)
        {
            if (needle.Length == 0) continue;
            var at = text.IndexOf(needle, StringComparison.Ordinal);
            if (at < 0) continue;
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < at; i++)
            {
                if (text[i] != '\n') continue;
                line++;
                lineStart = i + 1;
            }
            return (line, at - lineStart + 1);
        }
        return null;
    }

    private static bool IsMarkdownFile(string url)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }
}

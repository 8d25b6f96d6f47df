using AngleSharp.Html.Parser;

namespace Handbook.Tests.Integration;

/// <summary>Reads a built site from disk the way a browser would, to check its links.</summary>
internal static class SiteChecks
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every page of the site, as paths relative to its root.</summary>
    public static IReadOnlyList<string> Pages(string root) => Directory
        .EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The pages a reader opens from disk: every page, 404.html too (its links are relative like the rest).</summary>
    public static IReadOnlyList<string> OfflinePages(string root) => Pages(root);

    /// <summary>Links and resources on every offline page that do not resolve to a file (and an element id) in the site.</summary>
    public static IReadOnlyList<string> BrokenLinks(string root)
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                var doc = Parser.ParseDocument(File.ReadAllText(file));
                set = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[file] = set;
            }
            return set;
        }

        foreach (var page in OfflinePages(root))
        {
            var pageFile = Path.Combine(root, page);
            var document = Parser.ParseDocument(File.ReadAllText(pageFile));
            var references = document.QuerySelectorAll("a[href]").Select(e => e.GetAttribute("href")!)
                // Only <link>s the browser fetches; rel=canonical names the published address and loads nothing.
                .Concat(document.QuerySelectorAll("link[href]").Where(e => e.GetAttribute("rel") is "stylesheet" or "icon" or "preload" or "manifest").Select(e => e.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                if (reference.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                if (reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal))
                {
                    broken.Add($"{page}: external reference {reference}");
                    continue;
                }
                var hash = reference.IndexOf('#');
                var target = hash >= 0 ? reference[..hash] : reference;
                var fragment = hash >= 0 ? reference[(hash + 1)..] : "";
                var file = target.Length == 0 ? pageFile : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pageFile)!, target));
                if (!File.Exists(file))
                {
                    broken.Add($"{page}: {reference} (no file)");
                }
                else if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file).Contains(fragment))
                {
                    broken.Add($"{page}: {reference} (no element #{fragment})");
                }
            }
        }
        return broken;
    }

    /// <summary>Parses one page of the site.</summary>
    public static AngleSharp.Html.Dom.IHtmlDocument Page(string root, string page) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));
}

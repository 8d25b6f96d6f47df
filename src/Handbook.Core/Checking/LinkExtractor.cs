using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Handbook.Checking;

/// <summary>Reads the anchors and links of one HTML page with AngleSharp, the way a browser's parser sees them.</summary>
public static class LinkExtractor
{
    // The attributes that make a browser load or navigate to an address. Listed per element, as HTML defines them.
    private static readonly (string Selector, string Attribute)[] Addresses =
    [
        ("a[href]", "href"),
        ("area[href]", "href"),
        ("link[href]", "href"),
        ("img[src]", "src"),
        ("script[src]", "src"),
        ("iframe[src]", "src"),
        ("embed[src]", "src"),
        ("source[src]", "src"),
        ("track[src]", "src"),
        ("audio[src]", "src"),
        ("video[src]", "src"),
        ("video[poster]", "poster"),
        ("form[action]", "action"),
        ("object[data]", "data"),
    ];

    // Link types that do not load the address from this site (hints about other hosts).
    private static readonly HashSet<string> NotLoaded = new(StringComparer.OrdinalIgnoreCase) { "preconnect", "dns-prefetch" };

    /// <summary>The ids and links of the page at <paramref name="path"/>.</summary>
    public static PageLinks Extract(string path, byte[] html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
        foreach (var anchor in document.QuerySelectorAll("a[name]")) ids.Add(anchor.GetAttribute("name")!);

        var links = new List<PageLink>();
        foreach (var (selector, attribute) in Addresses)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (element.LocalName == "link" && (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NotLoaded.Contains)) continue;
                links.Add(new PageLink(element.GetAttribute(attribute)!.Trim(), element.LocalName, attribute));
            }
        }
        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            foreach (var candidate in SrcSet(element.GetAttribute("srcset")!)) links.Add(new PageLink(candidate, element.LocalName, "srcset"));
        }
        // A redirect page sends the reader on with <meta http-equiv="refresh" content="0; url=...">.
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)) continue;
            if (RefreshTarget(meta.GetAttribute("content") ?? "") is { } target) links.Add(new PageLink(target, "meta", "content"));
        }
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href")?.Trim();
        return new PageLinks(path, ids, links, baseHref);
    }

    // "a.png 1x, b.png 2x" -> a.png, b.png.
    private static IEnumerable<string> SrcSet(string value) => value
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(c => c.Split(' ', 2)[0])
        .Where(c => c.Length > 0);

    // "0; url=next.html", "0;URL='next.html'".
    private static string? RefreshTarget(string content)
    {
        var at = content.IndexOf("url", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = content[(at + 3)..].TrimStart();
        if (!rest.StartsWith('=')) return null;
        var url = rest[1..].Trim().Trim('\'', '"').Trim();
        return url.Length > 0 ? url : null;
    }
}

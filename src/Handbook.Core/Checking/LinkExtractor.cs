namespace Handbook.Checking;

/// <summary>Reads the anchors and links of one HTML page, the way a browser's tokenizer sees its tags.</summary>
public static class LinkExtractor
{
    // The attributes that make a browser load or navigate to an address, per element, as HTML defines them.
    private static readonly Dictionary<string, string[]> Addresses = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["area"] = ["href"],
        ["link"] = ["href"],
        ["img"] = ["src", "srcset"],
        ["script"] = ["src"],
        ["iframe"] = ["src"],
        ["embed"] = ["src"],
        ["source"] = ["src", "srcset"],
        ["track"] = ["src"],
        ["audio"] = ["src"],
        ["video"] = ["src", "poster"],
        ["form"] = ["action"],
        ["object"] = ["data"],
    };

    // What the tokenizer is asked for: the address elements and attributes above, the anchors (ids, <a name>), a
    // page's <base> and a redirect's <meta http-equiv="refresh" content>, and <image>, which a browser reads as <img>.
    private static readonly TagFilter Wanted = new(
        [.. Addresses.Keys, "image", "base", "meta"],
        [.. Addresses.Values.SelectMany(a => a), "id", "name", "href", "rel", "http-equiv", "content"]);

    // Link types that do not load the address from this site (hints about other hosts).
    private static readonly HashSet<string> NotLoaded = new(StringComparer.OrdinalIgnoreCase) { "preconnect", "dns-prefetch" };

    /// <summary>The ids and links of the page at <paramref name="path"/>.</summary>
    public static PageLinks Extract(string path, byte[] html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        string? baseHref = null;
        foreach (var tag in HtmlTags.Read(html, Wanted))
        {
            // The tree builder reads <image> as <img>.
            var name = tag.Name == "image" ? "img" : tag.Name;
            if (tag.Get("id") is { } id) ids.Add(id);
            if (name == "a" && tag.Get("name") is { } anchor) ids.Add(anchor);
            if (name == "base" && baseHref is null && tag.Get("href") is { } href) baseHref = href.Trim();
            if (name == "meta" && string.Equals(tag.Get("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && RefreshTarget(tag.Get("content") ?? "") is { } target)
            {
                links.Add(new PageLink(target, "meta", "content"));
            }
            if (!Addresses.TryGetValue(name, out var attributes)) continue;
            if (name == "link" && (tag.Get("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NotLoaded.Contains)) continue;
            foreach (var attribute in attributes)
            {
                if (tag.Get(attribute) is not { } value) continue;
                if (attribute == "srcset")
                {
                    foreach (var candidate in SrcSet(value)) links.Add(new PageLink(candidate, name, attribute));
                }
                else
                {
                    links.Add(new PageLink(value.Trim(), name, attribute));
                }
            }
        }
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

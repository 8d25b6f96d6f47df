using Handbook.Configuration;
using Handbook.Indexing;
using Handbook.Publishing;

namespace Handbook.Rendering;

/// <summary>
/// What a host needs besides the pages: crawler rules, a sitemap when public, Netlify's <c>_headers</c> when private,
/// and Netlify's <c>_redirects</c> (old slugs, and missing addresses inside a folder). Pure: made from the index, the
/// configuration and the paths of the pages written.
/// </summary>
public sealed class HostFiles : ISiteModule
{
    /// <inheritdoc />
    public PageStage Stage => PageStage.Last;

    /// <inheritdoc />
    public IEnumerable<OutputFile> Files(PageContext context) => For(context.Index, context.Config, context.Written.ToList());

    /// <summary>The host files of a site whose pages (so far) are <paramref name="pages"/>.</summary>
    public static IEnumerable<OutputFile> For(SiteIndex index, HandbookConfig config, IReadOnlyList<string> pages)
    {
        yield return Redirects(index);
        string Absolute(string path) => $"{config.BaseUrl}/{path}";
        if (!config.Public)
        {
            yield return OutputFile.Text("robots.txt", "User-agent: *\nDisallow: /\n");
            yield return OutputFile.Text("_headers", "/*\n  X-Robots-Tag: noindex\n");
            yield break;
        }
        yield return OutputFile.Text("robots.txt", config.BaseUrl.Length > 0 ? $"User-agent: *\nAllow: /\nSitemap: {config.BaseUrl}/sitemap.xml\n" : "User-agent: *\nAllow: /\n");
        if (config.BaseUrl.Length == 0) yield break;
        var redirected = index.Stories.SelectMany(s => s.RedirectFrom).Select(Links.StoryPath).ToHashSet(StringComparer.Ordinal);
        var urls = pages
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != SiteRenderer.NotFoundPath && !redirected.Contains(p))
            .Order(StringComparer.Ordinal)
            .Select(p => $"  <url><loc>{System.Security.SecurityElement.Escape(Absolute(p))}</loc></url>");
        yield return OutputFile.Text("sitemap.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + string.Join('\n', urls) + "\n</urlset>\n");
    }

    // Each old slug to its story (its page there also sends the reader on, from disk too).
    private static OutputFile Redirects(SiteIndex index)
    {
        var lines = new List<string>();
        foreach (var story in index.Stories)
        {
            foreach (var old in story.RedirectFrom.Where(o => o != story.Slug))
            {
                lines.Add($"/{Links.StoryPath(old)} /{Links.StoryPath(story.Slug)} 301!");
            }
        }
        // 404.html links relatively, like every page, so it works from disk; Netlify would serve it at the depth
        // of the missing address, where those links lead nowhere. A missing address inside a folder is sent
        // up to the same name at the root instead (302: the name may exist tomorrow), until the root's
        // 404.html answers. A rule applies only where no file exists, and the redirects above come first.
        lines.Add("/:folder/* /:splat 302");
        return OutputFile.Text("_redirects", string.Join('\n', lines) + "\n");
    }
}

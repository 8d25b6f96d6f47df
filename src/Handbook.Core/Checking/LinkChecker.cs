using System.Collections.Concurrent;
using Handbook.Publishing;
using Handbook.Rendering;

namespace Handbook.Checking;

/// <summary>One link that leads nowhere.</summary>
/// <param name="Page">The page it is on.</param>
/// <param name="Url">The address as written.</param>
/// <param name="Problem">What is wrong, in a sentence.</param>
/// <param name="Fix">How to fix it.</param>
/// <param name="Same">What makes two of them the same mistake on different pages: the kind of problem and the target
/// (a navigation link is written <c>x.html</c> on one page and <c>../x.html</c> on another).</param>
public sealed record BrokenLink(string Page, string Url, string Problem, string Fix, string Same);

/// <summary>
/// Checks the links of a rendered site. Pages are handed over as they are rendered (from several threads) and
/// parsed right away, so only their ids and links are kept; <see cref="Find"/> then resolves every link against
/// the whole site.
/// </summary>
public sealed class LinkChecker
{
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private readonly LinkCache? _cache;

    /// <summary>A checker for one build.</summary>
    /// <param name="cache">Parsed pages kept from the previous build (serve); null to parse every page.</param>
    public LinkChecker(LinkCache? cache = null) => _cache = cache;

    /// <summary>The page Netlify serves for any missing address: its links start at the server's root on purpose.</summary>
    public const string NotFoundPage = "404.html";

    /// <summary>True for the files parsed as pages.</summary>
    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Records one file of the site, and parses it if it is a page. Thread-safe.</summary>
    public void Add(OutputFile file)
    {
        _files[file.Path] = 0;
        if (IsPage(file.Path)) _pages[file.Path] = _cache is null ? LinkExtractor.Extract(file.Path, file.Content) : _cache.Extract(file);
    }

    /// <summary>A sink that hands every file to this checker and then to <paramref name="inner"/>.</summary>
    public IOutputSink Watching(IOutputSink inner) => new WatchingSink(this, inner);

    /// <summary>Every broken link and anchor, by page path then position on the page.</summary>
    public IReadOnlyList<BrokenLink> Find()
    {
        _cache?.Keep(_pages.Keys);
        var pages = _pages.Values.ToArray();
        Array.Sort(pages, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        // Pages are checked in parallel (Parallel.For, not PLINQ: PLINQ's set-up alone cost a small build 40 ms).
        var found = new List<BrokenLink>?[pages.Length];
        Parallel.For(0, pages.Length, i => found[i] = Check(pages[i]));
        var broken = new List<BrokenLink>();
        foreach (var list in found)
        {
            if (list is not null) broken.AddRange(list);
        }
        return broken;
    }

    // The page's broken links in document order, each address once; null when there are none.
    private List<BrokenLink>? Check(PageLinks page)
    {
        List<BrokenLink>? broken = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in page.Links)
        {
            if (!seen.Add(link.Url)) continue;
            if (Problem(page, link.Url) is { } problem) (broken ??= []).Add(problem);
        }
        return broken;
    }

    private BrokenLink? Problem(PageLinks page, string url)
    {
        switch (LinkResolver.Resolve(page.Path, url, page.Base))
        {
            case Resolved.Outside outside:
                return new BrokenLink(page.Path, url, $"the link `{url}` leads nowhere: {outside.Reason}.", "link to a page of the site with a path relative to this page.", $"outside:{url}");
            case Resolved.Internal link:
                if (!_files.ContainsKey(link.Target))
                {
                    return new BrokenLink(page.Path, url, $"the link `{url}` leads to `{link.Target}`, which is not in the site.",
                        "correct the address; links are relative to the page they are on (use `{{ page.root }}` in a template to start from the site root).", $"missing:{link.Target}");
                }
                if (link.FromRoot && page.Path != NotFoundPage)
                {
                    return new BrokenLink(page.Path, url, $"the link `{url}` starts at the server's root: it works on a server, but opened from disk it leads to the disk's root.",
                        "use a relative link (in a template, `{{ page.root }}` followed by the path).", $"root:{link.Target}");
                }
                if (link.Folder)
                {
                    return new BrokenLink(page.Path, url, $"the link `{url}` names a folder: a server shows its `index.html`, but opened from disk it is a folder listing.",
                        $"link to `{link.Target}` itself.", $"folder:{link.Target}");
                }
                if (link.Fragment.Length > 0 && _pages.TryGetValue(link.Target, out var target) && !HasAnchor(target, link.Fragment))
                {
                    return new BrokenLink(page.Path, url, $"the link `{url}` names the anchor `#{link.Fragment}`, which `{link.Target}` does not have.",
                        "link to an id the page has, or add the id to the element the link should reach.", $"anchor:{link.Target}#{link.Fragment}");
                }
                return null;
            default:
                return null;
        }
    }

    // As a browser finds a fragment: an id as written, then percent-decoded; "top" and an empty one are the page's top.
    // A fragment with "=" is a script's state (search.html#q=pool), not an anchor.
    private static bool HasAnchor(PageLinks page, string fragment) =>
        page.Ids.Contains(fragment)
        || page.Ids.Contains(Uri.UnescapeDataString(fragment))
        || string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase)
        || fragment.Contains('=');

    private sealed class WatchingSink(LinkChecker checker, IOutputSink inner) : IOutputSink
    {
        public void Add(OutputFile file)
        {
            checker.Add(file);
            inner.Add(file);
        }
    }
}

/// <summary>
/// Parsed pages kept between the builds of one <c>serve</c> session: a page whose bytes did not change is not
/// parsed again.
/// </summary>
public sealed class LinkCache
{
    private readonly ConcurrentDictionary<string, (byte[] Content, PageLinks Links)> _pages = new(StringComparer.Ordinal);
    private int _parsed;

    /// <summary>How many pages were parsed (not reused) since the cache was made.</summary>
    public int PagesParsed => _parsed;

    /// <summary>The links of <paramref name="file"/>, parsed again only when its bytes changed.</summary>
    public PageLinks Extract(OutputFile file)
    {
        if (_pages.TryGetValue(file.Path, out var known)
            && (ReferenceEquals(known.Content, file.Content) || known.Content.AsSpan().SequenceEqual(file.Content)))
        {
            return known.Links;
        }
        Interlocked.Increment(ref _parsed);
        var links = LinkExtractor.Extract(file.Path, file.Content);
        _pages[file.Path] = (file.Content, links);
        return links;
    }

    /// <summary>Forgets pages the site no longer has.</summary>
    public void Keep(IEnumerable<string> paths)
    {
        var kept = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _pages.Keys.Where(p => !kept.Contains(p))) _pages.TryRemove(path, out _);
    }
}

using System.Text.RegularExpressions;

namespace Handbook.Checking;

/// <summary>What an address on a page leads to, resolved the way a browser resolves it.</summary>
public abstract record Resolved
{
    private Resolved()
    {
    }

    /// <summary>Another site, or a scheme the check does not follow (<c>mailto:</c>, <c>data:</c>, <c>javascript:</c>...).</summary>
    public sealed record Skipped : Resolved;

    /// <summary>A file of this site.</summary>
    /// <param name="Target">The file's path in the site, decoded, with forward slashes; <c>index.html</c> added to a folder.</param>
    /// <param name="Fragment">The fragment without <c>#</c>, as written (still percent-encoded); empty for none.</param>
    /// <param name="Folder">True when the address names a folder, which only a server turns into its index.html.</param>
    /// <param name="FromRoot">True when the address starts at the server's root (<c>/x.html</c>), which from disk is the disk's root.</param>
    public sealed record Internal(string Target, string Fragment, bool Folder, bool FromRoot) : Resolved;

    /// <summary>An address that climbs above the site's folder, or that no browser can read.</summary>
    /// <param name="Reason">Why, in a few words.</param>
    public sealed record Outside(string Reason) : Resolved;
}

/// <summary>Resolves an address against the page it is on, as a browser does from file:// and from a server.</summary>
public static partial class LinkResolver
{
    // A stand-in root: the site's folder as a file:// address. Anything that resolves above it has left the site.
    private static readonly Uri Root = new("file:///handbook-site-root/");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>What <paramref name="url"/>, written on the page at <paramref name="page"/>, leads to.</summary>
    /// <param name="page">The page's path in the site.</param>
    /// <param name="url">The address as written.</param>
    /// <param name="baseHref">The page's <c>&lt;base href&gt;</c>, or null.</param>
    public static Resolved Resolve(string page, string url, string? baseHref = null)
    {
        // Another site (http:, //host), or something that is not a file (mailto:, tel:, data:, javascript:).
        if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal)) return new Resolved.Skipped();
        try
        {
            var pageUri = new Uri(Root, Escape(page));
            if (baseHref is { Length: > 0 })
            {
                if (Resolve(page, baseHref) is not Resolved.Internal) return new Resolved.Skipped();
                pageUri = new Uri(pageUri, baseHref);
            }
            // Browsers read a backslash in a path as a slash. An address from the server's root is checked against
            // the site's root (a server's view); the checker says separately that it fails from disk.
            var written = url.Replace('\\', '/');
            var uri = written.StartsWith('/') ? new Uri(Root, "." + written) : new Uri(pageUri, written);
            if (!uri.AbsolutePath.StartsWith(Root.AbsolutePath, StringComparison.Ordinal)) return new Resolved.Outside("it climbs above the site's folder");
            var target = Uri.UnescapeDataString(uri.AbsolutePath[Root.AbsolutePath.Length..]);
            var folder = target.Length == 0 || target.EndsWith('/');
            // An empty address, or one that is only a query or a fragment, is the page itself.
            if (url.Length == 0 || url[0] is '#' or '?') { target = page; folder = false; }
            else if (folder) target += "index.html";
            var fragment = uri.Fragment.Length > 0 ? uri.Fragment[1..] : "";
            return new Resolved.Internal(target, fragment, folder, url.StartsWith('/'));
        }
        catch (UriFormatException)
        {
            return new Resolved.Outside("it is not an address a browser can read");
        }
    }

    // Site paths are plain file names; make them safe to put in a URI.
    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}

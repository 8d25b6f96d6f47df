namespace Handbook.Rendering;

/// <summary>
/// Which link targets may become live links: http, https and mailto addresses, relative paths and fragments.
/// Anything else (javascript:, data:, vbscript:, file:...) runs code or leaves the page in ways a reader does not
/// expect from a story, so it is shown as text.
/// </summary>
public static class LinkSchemes
{
    /// <summary>The schemes a story may link to.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal) { "http", "https", "mailto" };

    /// <summary>Longest part of a rejected address quoted in a diagnostic.</summary>
    private const int QuotedLength = 60;

    /// <summary>True when <paramref name="url"/> is empty, relative, a fragment, or has an allowed scheme.</summary>
    public static bool IsSafe(string? url) => Scheme(url) is not { } scheme || Allowed.Contains(scheme);

    /// <summary>
    /// The scheme a browser would read from <paramref name="url"/>, lower case, or null when it has none. Browsers
    /// drop leading control characters and spaces and every tab and line break before they look, so this does too.
    /// </summary>
    public static string? Scheme(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        Span<char> scheme = stackalloc char[32];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ' && (length == 0 || c is '\t' or '\n' or '\r')) continue;
            if (c == ':') return length == 0 ? null : new string(scheme[..length]);
            var letter = c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z';
            var allowed = letter || (length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            if (!allowed || length == scheme.Length) return null;
            scheme[length++] = char.ToLowerInvariant(c);
        }
        return null;
    }

    /// <summary>The start of <paramref name="url"/>, for a one-line diagnostic: no control characters, at most a few dozen characters.</summary>
    public static string Shorten(string url)
    {
        var clean = new string(url.Where(c => !char.IsControl(c)).Take(QuotedLength + 1).ToArray());
        return clean.Length > QuotedLength ? clean[..QuotedLength] + "…" : clean;
    }
}

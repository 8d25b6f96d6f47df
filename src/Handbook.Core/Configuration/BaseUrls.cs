namespace Handbook.Configuration;

/// <summary>The one check for a site address given in handbook.yml or on the command line.</summary>
public static class BaseUrls
{
    /// <summary>An absolute http(s) address without a trailing slash, or false.</summary>
    public static bool TryNormalize(string text, out string url)
    {
        url = "";
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        url = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }
}

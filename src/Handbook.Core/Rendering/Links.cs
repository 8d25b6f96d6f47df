namespace Handbook.Rendering;

/// <summary>Relative links between output pages, so the site works opened from disk as well as served.</summary>
public static class Links
{
    /// <summary>The prefix that leads from <paramref name="pagePath"/> back to the site root: "" or "../" per folder.</summary>
    public static string Root(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A link from the page at <paramref name="fromPage"/> to the site path <paramref name="toPath"/>.</summary>
    public static string Relative(string fromPage, string toPath) => Root(fromPage) + toPath;

    /// <summary>The output path of a story's page.</summary>
    public static string StoryPath(string slug) => $"stories/{slug}.html";
}

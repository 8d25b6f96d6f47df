using Handbook.Model;

namespace Handbook.Cheatsheet;

/// <summary>Which stories go on the one-page cheat sheet.</summary>
public static class CheatsheetSelection
{
    /// <summary>The stories marked <c>cheatsheet: true</c> if any are, else all of <paramref name="published"/>, in site order.</summary>
    public static IReadOnlyList<Story> Select(IReadOnlyList<Story> published)
    {
        var marked = published.Where(s => s.Cheatsheet).ToList();
        return marked.Count > 0 ? marked : published;
    }
}

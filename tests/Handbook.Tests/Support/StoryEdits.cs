namespace Handbook.Tests.Support;

/// <summary>Edits the tests make to sample stories.</summary>
internal static class StoryEdits
{
    /// <summary>
    /// The story without its Trade-off section, so that it fails <c>missing-tradeoff</c>. Renaming the heading is not
    /// enough: a trade-off stated in any section counts.
    /// </summary>
    public static string WithoutTradeoff(string story)
    {
        var start = story.IndexOf("## Trade-off", StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException("the story has no `## Trade-off` section.", nameof(story));
        var next = story.IndexOf("\n## ", start, StringComparison.Ordinal);
        return next < 0 ? story[..start] : story[..start] + story[(next + 1)..];
    }
}

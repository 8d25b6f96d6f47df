using Handbook.Rendering;

namespace Handbook.Searching;

/// <summary>The search page; its index is the search module's files.</summary>
public sealed class SearchPage : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        yield return context.Page(SiteRenderer.SearchPath, "search", "search", () => new { });
    }
}

using Handbook.Rendering;

namespace Handbook.Searching;

/// <summary>The search page; its index is the search module's files.</summary>
public sealed class SearchPage : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        yield return new PagePlan(SiteRenderer.SearchPath, "search", _ => new { })
        {
            Title = context.Strings["search.title"],
            Description = context.Strings["search.description"],
            BodyClass = "search",
        };
    }
}

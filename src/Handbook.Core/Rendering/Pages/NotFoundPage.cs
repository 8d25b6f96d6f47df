namespace Handbook.Rendering.Pages;

/// <summary>
/// The page Netlify serves for a missing address. Relative like every page, so it is styled opened from disk; on
/// Netlify, _redirects brings a missing address in a folder up to the root, where its links resolve.
/// </summary>
public sealed class NotFoundPage : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        yield return new PagePlan(SiteRenderer.NotFoundPath, "notfound", _ => new NotFoundView(SiteRenderer.HomePath, SiteRenderer.SearchPath, SiteRenderer.QuestionsPath))
        {
            Title = context.Strings["notFound.title"],
            Description = context.Strings["notFound.description"],
            BodyClass = "not-found",
            Canonical = false,
            NoIndex = true,
        };
    }
}

namespace Handbook.Rendering.Pages;

/// <summary>A page at each old slug that sends the reader on (works from disk too); Netlify's _redirects is a host file.</summary>
public sealed class RedirectPages : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        foreach (var story in context.Index.Stories)
        {
            foreach (var old in story.RedirectFrom.Where(o => o != story.Slug))
            {
                yield return new PagePlan(Links.StoryPath(old), "redirect",
                    _ => new RedirectView(story.Title, $"{story.Slug}.html", context.Absolute(Links.StoryPath(story.Slug))))
                {
                    Frame = PageFrame.Bare,
                };
            }
        }
    }
}

namespace Handbook.Rendering;

/// <summary>Where a rendered page comes from, so a broken link can be blamed on the file a person can fix.</summary>
/// <param name="Template">The theme-relative path of the page's layout or page template (<c>layouts/story.sbn-html</c>).</param>
/// <param name="Story">The story file whose Markdown fills the page, or null.</param>
public sealed record PageOrigin(string Template, string? Story = null);

using Handbook.Publishing;

namespace Handbook.Rendering;

/// <summary>
/// Files a feature adds to the site beside the pages (its data scripts), made by the feature and scheduled by the
/// renderer, so the renderer depends on no feature. The pipeline registers the modules, in order.
/// </summary>
public interface ISiteModule
{
    /// <summary>
    /// When the files are made: beside the pages (any stage but <see cref="PageStage.Last"/>), or once every page is
    /// written, after the last pages (files that list the pages, such as the sitemap).
    /// </summary>
    PageStage Stage => PageStage.Pages;

    /// <summary>The module's files for the site <paramref name="context"/> renders; called once per render.</summary>
    IEnumerable<OutputFile> Files(PageContext context);
}

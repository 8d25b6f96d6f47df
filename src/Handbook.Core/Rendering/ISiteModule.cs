using Handbook.Publishing;

namespace Handbook.Rendering;

/// <summary>
/// Files a feature adds to the site beside the pages (its data scripts), made by the feature and scheduled by the
/// renderer, so the renderer depends on no feature. The pipeline registers the modules, in order.
/// </summary>
public interface ISiteModule
{
    /// <summary>The module's files for the site <paramref name="context"/> renders; called once per render.</summary>
    IEnumerable<OutputFile> Files(PageContext context);
}

using Handbook.Publishing;

namespace Handbook.Rendering;

/// <summary>The theme's <c>assets/</c> folder (stylesheet, scripts, icon), overrides first, copied as they are.</summary>
public sealed class ThemeAssets : ISiteModule
{
    /// <inheritdoc />
    public PageStage Stage => PageStage.Last;

    /// <inheritdoc />
    public IEnumerable<OutputFile> Files(PageContext context) => context.Theme.Files(Theme.AssetsFolder)
        .Select(asset => new OutputFile(asset, File.ReadAllBytes(context.Theme.Resolve(asset)!)));
}

using Handbook.Rendering;

namespace Handbook.Pipeline;

/// <summary>Finds the theme to use when none is named.</summary>
public static class ThemeLocator
{
    /// <summary>The folder name of the default theme.</summary>
    public const string FolderName = "theme";

    /// <summary>
    /// <c>theme/</c> in <paramref name="workingDirectory"/> when it holds layouts (so edits to the repository's
    /// theme show at once), else the copy of the default theme shipped beside the tool.
    /// </summary>
    public static string Default(string workingDirectory)
    {
        var local = Path.Combine(workingDirectory, FolderName);
        return Directory.Exists(Path.Combine(local, Theme.LayoutsFolder)) ? local : Bundled;
    }

    /// <summary>The default theme shipped beside the tool.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, FolderName);
}

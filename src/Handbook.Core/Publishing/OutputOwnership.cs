namespace Handbook.Publishing;

/// <summary>
/// How Handbook knows a folder is its own to replace: every output it writes holds a small marker file. A folder
/// may be replaced only when it is missing, empty, or marked (or is a site built before the marker existed).
/// Anything else is somebody's files, and is never touched.
/// </summary>
public static class OutputOwnership
{
    /// <summary>The marker written into every output folder.</summary>
    public const string MarkerFile = ".handbook-output";

    /// <summary>What the marker says to someone who finds it.</summary>
    public const string MarkerText =
        "This folder was written by Handbook (handbook build). The next build replaces all of it.\n" +
        "Delete this file to keep Handbook from ever replacing the folder.\n";

    // Files only a site built before the marker existed has together; such a site is still Handbook's.
    private static readonly string[] EarlierSiteFiles = ["index.html", "404.html", "assets/search-index.js", "assets/site.js"];

    /// <summary>True when the folder is missing, empty, marked, or a site built before the marker existed.</summary>
    public static bool IsOwned(string folder)
    {
        if (!Directory.Exists(folder)) return true;
        if (File.Exists(Path.Combine(folder, MarkerFile))) return true;
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) return true;
        return EarlierSiteFiles.All(f => File.Exists(Path.Combine(folder, f)));
    }

    /// <summary>Why <paramref name="folder"/> may not be replaced, or null when Handbook owns it.</summary>
    public static OutputRefusal? Refusal(string folder) => IsOwned(folder)
        ? null
        : new($"the output folder {folder} is not empty and was not written by Handbook (it has no {MarkerFile} file); nothing was touched.",
            "pass --output with a new or empty folder, such as `--output site`, or move the files out of this one.");

    /// <summary>Marks <paramref name="folder"/> as Handbook's.</summary>
    public static void Mark(string folder) => File.WriteAllText(Path.Combine(folder, MarkerFile), MarkerText);
}

namespace Handbook.Publishing;

/// <summary>
/// How Handbook knows a folder is its own to replace: every output it writes holds a small marker file listing the
/// files that build wrote. A folder may be replaced only when it is missing, empty, or marked and holding nothing
/// but the files its marker lists. Anything else is somebody's files, and is never touched.
/// </summary>
public static class OutputOwnership
{
    /// <summary>The marker written into every output folder.</summary>
    public const string MarkerFile = ".handbook-output";

    /// <summary>What the marker says to someone who finds it.</summary>
    public const string MarkerText =
        "This folder was written by Handbook (handbook build). The next build replaces the files listed below.\n" +
        "A file you add here is yours: the next build refuses to replace the folder until you move it out.\n" +
        "Delete this file to keep Handbook from ever replacing the folder.\n";

    /// <summary>The line after which the marker lists the files the build wrote, one relative path a line.</summary>
    public const string ManifestHeader = "Files written by this build:";

    /// <summary>Most foreign files named in a refusal.</summary>
    public const int MaxNamed = 3;

    /// <summary>
    /// True when the folder is missing, empty, or marked and holding only the files its marker lists (a marker
    /// from before the list existed vouches for the whole folder).
    /// </summary>
    public static bool IsOwned(string folder) => Foreign(folder) is { Count: 0 };

    /// <summary>True when the folder is missing, empty, or holds a marker: Handbook's own staging and backup folders.</summary>
    public static bool IsMarked(string folder) =>
        !Directory.Exists(folder) || File.Exists(Path.Combine(folder, MarkerFile)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Why <paramref name="folder"/> may not be replaced, or null when Handbook owns it.</summary>
    public static OutputRefusal? Refusal(string folder)
    {
        var foreign = Foreign(folder);
        if (foreign is null)
        {
            return new($"the output folder {folder} is not empty and was not written by Handbook (it has no {MarkerFile} file); nothing was touched.",
                "pass --output with a new or empty folder, such as `--output site`, or move the files out of this one.");
        }
        if (foreign.Count == 0) return null;
        var named = string.Join(", ", foreign.Take(MaxNamed)) + (foreign.Count > MaxNamed ? $" and {foreign.Count - MaxNamed} more" : "");
        return new($"the output folder {folder} holds files Handbook did not write ({named}); building would replace them, so nothing was touched.",
            "move them out of the folder (every build replaces the whole folder), or pass --output with another folder.");
    }

    /// <summary>Marks <paramref name="folder"/> as Handbook's, listing <paramref name="files"/> (paths relative to it) as the files it wrote.</summary>
    public static void Mark(string folder, IEnumerable<string>? files = null)
    {
        var text = new System.Text.StringBuilder(MarkerText).Append('\n').Append(ManifestHeader).Append('\n');
        foreach (var file in (files ?? []).Order(StringComparer.Ordinal)) text.Append(file).Append('\n');
        File.WriteAllText(Path.Combine(folder, MarkerFile), text.ToString());
    }

    /// <summary>
    /// Adds <paramref name="files"/> (paths relative to <paramref name="folder"/>) to the files its marker lists: a
    /// command that writes into a built site (<c>print</c>'s PDFs) leaves them Handbook's to replace.
    /// </summary>
    public static void Record(string folder, IEnumerable<string> files)
    {
        var marker = Path.Combine(folder, MarkerFile);
        var listed = File.Exists(marker) ? Manifest(File.ReadAllText(marker)) : null;
        if (listed is null) return; // not marked, or a marker that vouches for the whole folder
        listed.UnionWith(files);
        Mark(folder, listed);
    }

    // The files in the folder its marker does not list, sorted; empty when it is missing, empty or wholly Handbook's;
    // null when it is not empty and has no marker.
    private static List<string>? Foreign(string folder)
    {
        if (!IsMarked(folder)) return null;
        var marker = Path.Combine(folder, MarkerFile);
        if (!File.Exists(marker)) return []; // missing or empty
        var listed = Manifest(File.ReadAllText(marker));
        if (listed is null) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(folder, "*", options)
            .Select(file => ListedName(folder, file))
            .Where(file => file != MarkerFile && !listed.Contains(file))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How the marker lists <paramref name="path"/>, a file inside <paramref name="folder"/>: relative, with <c>/</c>.</summary>
    public static string ListedName(string folder, string path) => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');

    // The listed files, or null for a marker written before markers listed them.
    private static HashSet<string>? Manifest(string text)
    {
        var at = text.IndexOf(ManifestHeader + "\n", StringComparison.Ordinal);
        if (at < 0) return null;
        return text[(at + ManifestHeader.Length + 1)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }
}

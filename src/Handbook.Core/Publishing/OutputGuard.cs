namespace Handbook.Publishing;

/// <summary>Refuses output folders whose replacement would destroy something the user wrote.</summary>
public static class OutputGuard
{
    /// <summary>
    /// Why <paramref name="output"/> may not be used, or null when it is safe: it may not be the input,
    /// the theme, the current directory, a file-system root, or a folder that contains any of them.
    /// </summary>
    public static string? Problem(string output, string input, string? theme, string currentDirectory)
    {
        var target = Normalize(output);
        if (Path.GetPathRoot(target) == target) return "the output folder cannot be a file-system root.";
        if (File.Exists(target)) return "the output path is a file, not a folder.";
        var protectedFolders = new List<(string Path, string Name)> { (input, "the input folder"), (currentDirectory, "the current directory") };
        if (theme is not null) protectedFolders.Add((theme, "the theme folder"));
        foreach (var (path, name) in protectedFolders)
        {
            var guarded = Normalize(path);
            if (IsSameOrInside(guarded, target)) return $"the output folder would replace {name} ({guarded}).";
            if (IsSameOrInside(target, guarded) && name == "the input folder") return "the output folder cannot be inside the input folder.";
        }
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Normalize(folder), Normalize(path));
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}

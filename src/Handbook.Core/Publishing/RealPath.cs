namespace Handbook.Publishing;

/// <summary>
/// Paths as the file system sees them: every symbolic link along the way resolved, and compared with the case
/// rules of the file system that holds them. The guards that protect a user's folders compare these, never the
/// text the user typed, so an output reached through a link to the project folder is still the project folder.
/// </summary>
public static class RealPath
{
    // Links followed while resolving one path before it is taken to be a loop.
    private const int MaxLinks = 40;

    /// <summary>
    /// The full path of <paramref name="path"/> with every link resolved. The part that does not exist yet is
    /// kept as written, after the resolved part that does.
    /// </summary>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists && info.LinkTarget is null)
            {
                // Nothing further exists: the rest cannot be a link.
                return Path.TrimEndingDirectorySeparator(Path.Combine([next, .. parts[(i + 1)..]]));
            }
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) return Path.TrimEndingDirectorySeparator(Path.Combine([next, .. parts[(i + 1)..]]));
                // A link's target may itself pass through links: resolve it from its own root.
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>True when the two paths name the same place (both already resolved).</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, ComparisonFor(a));

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both already resolved).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var comparison = ComparisonFor(folder);
        if (string.Equals(path, folder, comparison)) return true;
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    /// <summary>
    /// How the file system holding <paramref name="path"/> compares names: it is case-insensitive when the nearest
    /// existing folder is also found under its name with the case of its letters swapped.
    /// </summary>
    public static StringComparison ComparisonFor(string path)
    {
        for (var probe = path; !string.IsNullOrEmpty(probe); probe = Path.GetDirectoryName(probe))
        {
            var name = Path.GetFileName(probe);
            if (!Directory.Exists(probe) || !name.Any(char.IsLetter)) continue;
            var swapped = Path.Combine(Path.GetDirectoryName(probe) ?? "", new string(name.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray()));
            return Directory.Exists(swapped) && !HasEntryNamed(Path.GetDirectoryName(probe), Path.GetFileName(swapped))
                ? StringComparison.OrdinalIgnoreCase
                : StringComparison.Ordinal;
        }
        return OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }

    // On a case-sensitive file system the swapped name may be a different folder that happens to exist.
    private static bool HasEntryNamed(string? parent, string name)
    {
        if (parent is null) return false;
        try
        {
            return Directory.EnumerateFileSystemEntries(parent).Any(e => string.Equals(Path.GetFileName(e), name, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

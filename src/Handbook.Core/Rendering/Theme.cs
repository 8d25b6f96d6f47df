using Handbook.Text;

namespace Handbook.Rendering;

/// <summary>
/// A theme folder with an optional override folder laid over it: a file at the same relative path in the
/// override folder replaces the theme's file, so a user restyles one template, partial or stylesheet
/// without copying the rest.
/// </summary>
public sealed class Theme
{
    /// <summary>Folder of the templates of the handbook's own pages (<c>base.sbn-html</c>, <c>story.sbn-html</c>...).</summary>
    public const string LayoutsFolder = "layouts";

    /// <summary>Folder of partial templates, registered by file name.</summary>
    public const string PartialsFolder = "partials";

    /// <summary>Folder of page templates: each becomes a page at the same relative path, with <c>.html</c>.</summary>
    public const string PagesFolder = "pages";

    /// <summary>Folder copied as-is to the output's <c>assets/</c>.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>The extension of template files.</summary>
    public const string TemplateExtension = ".sbn-html";

    private readonly string[] _layers;

    /// <summary>Creates a theme from its folder and an optional override folder (which may not exist).</summary>
    public Theme(string directory, string? overrides = null)
    {
        Directory = Path.GetFullPath(directory);
        Overrides = overrides is null ? null : Path.GetFullPath(overrides);
        _layers = Overrides is not null && System.IO.Directory.Exists(Overrides) ? [Overrides, Directory] : [Directory];
    }

    /// <summary>
    /// Full paths of files the theme must not serve: links in the override folder that lead outside the handbook's
    /// input folder (the pipeline finds them, since a rendering type does not resolve links). Never read, copied or
    /// listed.
    /// </summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The theme's own folder.</summary>
    public string Directory { get; }

    /// <summary>The override folder, if any.</summary>
    public string? Overrides { get; }

    /// <summary>
    /// Changes whenever any file of the theme or its overrides is added, removed, renamed or written: every file's
    /// path, length and write time. Pages rendered with an older stamp are rendered again.
    /// </summary>
    /// <remarks>Not just the file count and latest write time: a file replaced by an older copy leaves the latest
    /// time as it was, and a save in two steps (empty, then written) can land both steps within one tick of the
    /// file system's clock, so only the length tells them apart.</remarks>
    public ThemeStamp Stamp()
    {
        var files = _layers.Where(System.IO.Directory.Exists)
            .SelectMany(layer => new DirectoryInfo(layer).EnumerateFiles("*", SearchOption.AllDirectories))
            .Select(file => new ThemeStamp.Entry(file.FullName, file.Length, file.LastWriteTimeUtc))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ToArray();
        return new ThemeStamp(files);
    }

    /// <summary>
    /// The full path of the file that serves <paramref name="relativePath"/>, or null when no layer has it. A path
    /// that would lead outside the theme and its override folder is never served.
    /// </summary>
    public string? Resolve(string relativePath)
    {
        foreach (var layer in _layers)
        {
            var candidate = Path.GetFullPath(Path.Combine(layer, relativePath));
            if (Excluded.Contains(candidate)) continue;
            if (Inside(layer, candidate) && File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The full paths of the files at <paramref name="relativePath"/> in every layer that has one, the override first.</summary>
    public IReadOnlyList<string> Layers(string relativePath) => _layers
        .Select(layer => Path.GetFullPath(Path.Combine(layer, relativePath)))
        .Where(candidate => !Excluded.Contains(candidate) && _layers.Any(layer => Inside(layer, candidate)) && File.Exists(candidate))
        .ToList();

    /// <summary>True when <paramref name="fullPath"/> lies inside the theme or its override folder.</summary>
    public bool Contains(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        return !Excluded.Contains(path) && _layers.Any(layer => Inside(layer, path));
    }

    /// <summary>The text of a file inside the theme or its overrides, with normalised line endings; null when missing.</summary>
    public string? ReadFullPath(string fullPath) =>
        Contains(fullPath) && File.Exists(fullPath) ? TextNormalizer.Normalize(File.ReadAllText(fullPath)) : null;

    private static bool Inside(string layer, string fullPath) =>
        fullPath.StartsWith(layer.EndsWith(Path.DirectorySeparatorChar) ? layer : layer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The text of a theme file with normalised line endings, or null when it does not exist.</summary>
    public string? ReadText(string relativePath) =>
        Resolve(relativePath) is { } path ? TextNormalizer.Normalize(File.ReadAllText(path)) : null;

    /// <summary>Relative paths (forward slashes) of the files under <paramref name="folder"/> in any layer, sorted.</summary>
    public IReadOnlyList<string> Files(string folder)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var layer in _layers)
        {
            var root = Path.Combine(layer, folder);
            if (!System.IO.Directory.Exists(root)) continue;
            foreach (var file in System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (!Excluded.Contains(Path.GetFullPath(file))) found.Add(Path.GetRelativePath(layer, file).Replace('\\', '/'));
            }
        }
        return found.ToList();
    }
}

/// <summary>The state of a theme's files at one moment (<see cref="Theme.Stamp"/>); two stamps are equal when no file changed between them.</summary>
public sealed class ThemeStamp : IEquatable<ThemeStamp>
{
    /// <summary>One file: its full path, length and last write time.</summary>
    internal readonly record struct Entry(string Path, long Length, DateTime Written);

    private readonly Entry[] _files;

    internal ThemeStamp(Entry[] files) => _files = files;

    /// <summary>How many files the theme and its overrides hold.</summary>
    public int Files => _files.Length;

    /// <inheritdoc/>
    public bool Equals(ThemeStamp? other) => other is not null && _files.AsSpan().SequenceEqual(other._files);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ThemeStamp);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var file in _files) hash.Add(file);
        return hash.ToHashCode();
    }
}

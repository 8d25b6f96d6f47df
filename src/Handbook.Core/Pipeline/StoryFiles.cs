using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Reading;

namespace Handbook.Pipeline;

/// <summary>Finds the story files of an input folder.</summary>
public static class StoryFiles
{
    /// <summary>Deepest folder nesting searched under <c>stories/</c>; deeper is a mistake or a link loop.</summary>
    public const int MaxDepth = 16;

    /// <summary>The extension of story files.</summary>
    public const string Extension = ".md";

    /// <summary>Every <c>*.md</c> file under <c>stories/</c>, sorted ordinally so builds are deterministic.</summary>
    public static IReadOnlyList<string> Find(string inputDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(inputDirectory, ConfigFiles.Stories);
        if (!Directory.Exists(root))
        {
            diagnostics.Add(SourceLocation.File(root), Severity.Error, RuleIds.Unreadable, "there is no stories folder.",
                $"create {ConfigFiles.Stories}/ in the input folder and put one Markdown file per story in it.");
            return [];
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = MaxDepth,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        try
        {
            var all = Directory.EnumerateFiles(root, "*", options).Where(p => !Path.GetFileName(p).StartsWith('.')).ToList();
            foreach (var other in all.Where(p => !p.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(SourceLocation.File(other), Severity.Warning, RuleIds.IgnoredFile, "not a story (only .md files are read); it is ignored.",
                    "rename it to .md if it is a story, or move it out of the stories folder.");
            }
            var stories = all.Where(p => p.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)).ToList();
            stories.AddRange(LinkedStories(inputDirectory, root, options, diagnostics));
            return stories.Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SourceLocation.File(root), Severity.Error, RuleIds.Unreadable, $"cannot list the stories: {e.Message}",
                "check the folder's permissions.");
            return [];
        }
    }

    // Story files that are symbolic links (the listing above skips links, so a folder link cannot loop): one that
    // resolves to a file inside the input folder is read; any other is reported at the link and not read, so a link
    // cannot publish a file from elsewhere on the machine. The listing knows which entries are links; asking each
    // file for its target would cost a system call per story on every serve rebuild.
    private static IEnumerable<string> LinkedStories(string inputDirectory, string root, EnumerationOptions options, DiagnosticBag diagnostics)
    {
        var input = Publishing.RealPath.Resolve(inputDirectory);
        var here = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (var folder in Directory.EnumerateDirectories(root, "*", options).Prepend(root))
        {
            foreach (var link in new DirectoryInfo(folder).EnumerateFiles("*" + Extension, here).Where(f => f.Attributes.HasFlag(FileAttributes.ReparsePoint) && f.LinkTarget is not null && !f.Name.StartsWith('.')))
            {
                var target = Publishing.RealPath.Resolve(link.FullName);
                if (File.Exists(target) && Publishing.RealPath.IsSameOrInside(target, input))
                {
                    yield return link.FullName;
                    continue;
                }
                diagnostics.Add(SourceLocation.File(link.FullName), Severity.Error, RuleIds.Unreadable,
                    File.Exists(target) ? $"the story is a link to `{target}`, outside the input folder; it is not read." : $"the story is a link to `{link.LinkTarget}`, which does not exist.",
                    "copy the story into the stories folder instead of linking to it.");
            }
        }
    }
}

using Handbook.Rendering;

namespace Handbook.Publishing;

/// <summary>
/// Writes a site atomically: the files go to a staging folder beside the output, which then replaces the
/// output in two renames. Until the swap the previous site is untouched; if the process dies between the
/// renames, the next run restores the previous site from its backup before doing anything else.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDirectory"/>.</summary>
    public static void Publish(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var (staging, backup) = SidePaths(output);
        RecoverInterruptedSwap(outputDirectory);

        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        var targets = files.Select(file =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!OutputGuard.IsSameOrInside(target, staging) || target == staging)
            {
                throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
            }
            return (Path: target, file.Content);
        }).ToList();
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct()) Directory.CreateDirectory(folder);
        // Many small files: writing them concurrently keeps the disk busy instead of waiting on each.
        Parallel.ForEach(targets, target => File.WriteAllBytes(target.Path, target.Content));

        DeleteIfExists(backup);
        if (Directory.Exists(output)) Directory.Move(output, backup);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(backup) && !Directory.Exists(output)) Directory.Move(backup, output);
            throw;
        }
        DeleteIfExists(backup);
    }

    /// <summary>Puts the previous site back if a run was stopped between moving it aside and moving the new one in.</summary>
    public static void RecoverInterruptedSwap(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var (_, backup) = SidePaths(output);
        if (!Directory.Exists(output) && Directory.Exists(backup)) Directory.Move(backup, output);
    }

    /// <summary>The staging and backup folders used for <paramref name="output"/> (hidden siblings of it).</summary>
    public static (string Staging, string Backup) SidePaths(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? ".";
        var name = Path.GetFileName(output);
        return (Path.Combine(parent, $".{name}.staging"), Path.Combine(parent, $".{name}.previous"));
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}

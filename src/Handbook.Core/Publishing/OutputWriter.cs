using Handbook.Rendering;

namespace Handbook.Publishing;

/// <summary>
/// Writes a site atomically: the files go to a staging folder beside the output, which then replaces the
/// output in two renames. Until the swap the previous site is untouched; if the process dies between the
/// renames, the next run restores the previous site from its backup before doing anything else.
/// A file whose bytes match the previous site's is hard-linked rather than written again, so a rebuild
/// writes only what changed (and unchanged files keep their timestamps).
/// </summary>
public static class OutputWriter
{
    /// <summary>Files compared with the previous site in one read; larger ones are read in pieces.</summary>
    private const int CompareBufferSize = 64 * 1024;

    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDirectory"/>.</summary>
    /// <returns>How many files were written and how many were carried over unchanged from the previous site.</returns>
    public static PublishCounts Publish(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var (staging, backup) = SidePaths(output);
        RecoverInterruptedSwap(outputDirectory);

        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        // One file per path (the last wins): writing a second time through a name that is a hard link
        // would change the previous site's copy too.
        var targets = files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last()).Select(file =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!OutputGuard.IsSameOrInside(target, staging) || target == staging)
            {
                throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
            }
            return (Path: target, Previous: Path.Combine(output, file.Path), file.Content);
        }).ToList();
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct()) Directory.CreateDirectory(folder);
        // Many small files: writing them concurrently keeps the disk busy instead of waiting on each.
        var linked = 0;
        Parallel.ForEach(targets, target =>
        {
            if (SameBytes(target.Previous, target.Content) && HardLinks.TryCreate(target.Previous, target.Path)) Interlocked.Increment(ref linked);
            else File.WriteAllBytes(target.Path, target.Content);
        });

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
        return new PublishCounts(targets.Count - linked, linked);
    }

    // True when the previous site has this file with exactly these bytes.
    private static bool SameBytes(string previous, byte[] content)
    {
        try
        {
            using var handle = File.OpenHandle(previous);
            if (RandomAccess.GetLength(handle) != content.Length) return false;
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, CompareBufferSize));
            try
            {
                for (var offset = 0; offset < content.Length;)
                {
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read))) return false;
                    offset += read;
                }
                return true;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // no previous copy (or an unreadable one): write the file
        }
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

/// <summary>What a publish did.</summary>
/// <param name="Written">Files written (new or changed).</param>
/// <param name="Unchanged">Files identical to the previous site's, carried over as hard links.</param>
public sealed record PublishCounts(int Written, int Unchanged);

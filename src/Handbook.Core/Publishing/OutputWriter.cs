using System.Collections.Concurrent;
using Handbook.Rendering;

namespace Handbook.Publishing;

/// <summary>
/// Writes a site atomically: the files go to a staging folder beside the output as they are rendered, and the
/// staging folder then replaces the output in two renames. Until the swap the previous site is untouched; if the
/// process dies between the renames, the next run restores the previous site from its backup before doing
/// anything else. A file whose bytes match the previous site's is hard-linked rather than written again, so a
/// rebuild writes only what changed (and unchanged files keep their timestamps).
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDirectory"/>.</summary>
    /// <returns>How many files were written and how many were carried over unchanged from the previous site.</returns>
    public static PublishCounts Publish(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        using var staging = StagingFolder.Open(outputDirectory);
        foreach (var file in files) staging.Add(file);
        return staging.Commit();
    }

    /// <summary>
    /// Puts the previous site back if a run was stopped between moving it aside and moving the new one in.
    /// True when it did.
    /// </summary>
    public static bool RecoverInterruptedSwap(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var (_, backup) = SidePaths(output);
        if (Directory.Exists(output) || !Directory.Exists(backup) || !OutputOwnership.IsMarked(backup)) return false;
        Directory.Move(backup, output);
        return true;
    }

    /// <summary>The staging and backup folders used for <paramref name="output"/> (hidden siblings of it).</summary>
    public static (string Staging, string Backup) SidePaths(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? ".";
        var name = Path.GetFileName(output);
        return (Path.Combine(parent, $".{name}.staging"), Path.Combine(parent, $".{name}.previous"));
    }

    // Only a staging or backup folder Handbook wrote (marked, or empty) is ever deleted; anything else at that name is somebody's.
    internal static void DeleteIfExists(string directory)
    {
        if (!Directory.Exists(directory)) return;
        if (!OutputOwnership.IsMarked(directory))
        {
            throw new OutputRefusedException(new($"{directory} is in the way and was not written by Handbook; nothing was touched.",
                "move that folder elsewhere or delete it yourself; Handbook uses it while publishing."));
        }
        Directory.Delete(directory, recursive: true);
    }
}

/// <summary>
/// The next version of a site, written file by file into a staging folder while the previous version stays in
/// place. <see cref="Commit"/> swaps it in; disposing it uncommitted deletes it.
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    /// <summary>Files compared with the previous site in one read; larger ones are read in pieces.</summary>
    private const int CompareBufferSize = 64 * 1024;

    private readonly string _output;
    private readonly string _staging;
    private readonly string _backup;
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);
    private readonly Lock _replaceGate = new();
    private int _linked;
    private bool _committed;

    private StagingFolder(string output)
    {
        _output = output;
        (_staging, _backup) = OutputWriter.SidePaths(output);
    }

    /// <summary>Starts the next version of <paramref name="outputDirectory"/> in a fresh staging folder.</summary>
    public static StagingFolder Open(string outputDirectory)
    {
        var folder = new StagingFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)));
        OutputWriter.RecoverInterruptedSwap(outputDirectory);
        if (OutputOwnership.Refusal(folder._output) is { } refusal) throw new OutputRefusedException(refusal);
        OutputWriter.DeleteIfExists(folder._staging);
        Directory.CreateDirectory(folder._staging);
        // First, so that a staging folder left by a killed run is recognisably Handbook's.
        OutputOwnership.Mark(folder._staging);
        return folder;
    }

    /// <inheritdoc />
    public void Add(OutputFile file)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var target = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!OutputGuard.IsSameOrInside(target, _staging) || target == _staging)
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
        }
        var folder = Path.GetDirectoryName(target)!;
        // Each folder is created once; a thread with a file for it waits until it exists.
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;

        if (_paths.TryAdd(target, 0))
        {
            Store(target, Path.Combine(_output, file.Path), file.Content);
            return;
        }
        // A second file for one path replaces the first. The old name is removed first: writing through it
        // when it is a hard link would change the previous site's copy too.
        lock (_replaceGate)
        {
            File.Delete(target);
            File.WriteAllBytes(target, file.Content);
        }
    }

    /// <summary>Swaps the staging folder in as the output folder.</summary>
    /// <returns>How many files were written and how many were carried over unchanged.</returns>
    public PublishCounts Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        // The marker lists what this build wrote: whatever else turns up in the folder later is somebody's.
        OutputOwnership.Mark(_staging, _paths.Keys.Select(path => OutputOwnership.ListedName(_staging, path)));
        OutputWriter.DeleteIfExists(_backup);
        // Again: a file may have been added to the output while this build ran.
        if (OutputOwnership.Refusal(_output) is { } refusal) throw new OutputRefusedException(refusal);
        // A failure here (a busy mount point, a read-only parent) leaves the staging folder for Dispose to delete.
        if (Directory.Exists(_output)) Directory.Move(_output, _backup);
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (Directory.Exists(_backup) && !Directory.Exists(_output)) Directory.Move(_backup, _output);
            throw;
        }
        _committed = true;
        OutputWriter.DeleteIfExists(_backup);
        return new PublishCounts(_paths.Count - _linked, _linked);
    }

    /// <summary>Deletes the staging folder unless it was committed: the previous site stays as it was.</summary>
    public void Dispose()
    {
        if (_committed) return;
        _committed = true;
        try
        {
            OutputWriter.DeleteIfExists(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; the next run deletes it before it starts.
        }
    }

    private void Store(string target, string previous, byte[] content)
    {
        if (SameBytes(previous, content) && HardLinks.TryCreate(previous, target)) Interlocked.Increment(ref _linked);
        else File.WriteAllBytes(target, content);
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
}

/// <summary>What a publish did.</summary>
/// <param name="Written">Files written (new or changed).</param>
/// <param name="Unchanged">Files identical to the previous site's, carried over as hard links.</param>
public sealed record PublishCounts(int Written, int Unchanged);

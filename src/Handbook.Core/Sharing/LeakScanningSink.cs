using System.Collections.Concurrent;
using Handbook.Publishing;
using Handbook.Rendering;

namespace Handbook.Sharing;

/// <summary>One output file that holds a confidential term.</summary>
/// <param name="Path">The file's path in the site.</param>
/// <param name="Found">The confidential text, as it appears in the file.</param>
public sealed record Leak(string Path, string Found);

/// <summary>
/// Stands between the renderer and where the files go in a share build: scans every file on its way and holds back
/// any file with a confidential term in its path or bytes, so a leaking file never reaches the output or the
/// preview; the pipeline reports each as <c>confidential-leak</c> and publishes nothing.
/// </summary>
public sealed class LeakScanningSink(IOutputSink inner, LeakScanner scanner) : IOutputSink
{
    private readonly ConcurrentDictionary<string, Leak> _leaks = new(StringComparer.Ordinal);
    private int _files;
    private long _bytes;

    /// <summary>The files held back, sorted by path.</summary>
    public IReadOnlyList<Leak> Leaks => _leaks.Values.OrderBy(l => l.Path, StringComparer.Ordinal).ToList();

    /// <summary>How many files were scanned, and how many bytes they held.</summary>
    public (int Files, long Bytes) Scanned => (_files, Interlocked.Read(ref _bytes));

    /// <inheritdoc />
    public void Add(OutputFile file)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, file.Content.Length);
        if (scanner.Find(file.Path, file.Content) is { } found)
        {
            _leaks[file.Path] = new Leak(file.Path, found);
            return;
        }
        // A clean second version of a file replaces a leaking first one.
        _leaks.TryRemove(file.Path, out _);
        inner.Add(file);
    }
}

using Handbook.Rendering;

namespace Handbook.Publishing;

/// <summary>Where rendered files go as soon as each is ready: memory (serve, tests) or a staging folder (build).</summary>
public interface IOutputSink
{
    /// <summary>Takes one file; called from several threads at once. A second file with the same path replaces the first.</summary>
    void Add(OutputFile file);
}

/// <summary>Keeps every file in memory.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Add(OutputFile file) => _files[file.Path] = file;

    /// <summary>The files so far, sorted by path.</summary>
    public IReadOnlyList<OutputFile> Files => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}

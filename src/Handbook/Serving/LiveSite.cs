using System.Collections.Immutable;
using Handbook.Diagnostics;
using Handbook.Publishing;
using Handbook.Rendering;

namespace Handbook.Cli.Serving;

/// <summary>One rendered version of the site, held in memory: what <c>serve</c> answers requests from.</summary>
/// <param name="Files">The site's files by path (forward slashes, no leading slash).</param>
/// <param name="Diagnostics">What the build that made it reported.</param>
/// <param name="Version">Counts rebuilds, so a page can tell a new version from the one it shows.</param>
public sealed record LiveSite(ImmutableDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Diagnostics, int Version)
{
    /// <summary>Completes when this version is whole; until then only <see cref="Fresh"/> paths are up to date.</summary>
    public Task Complete { get; init; } = Task.CompletedTask;

    /// <summary>The paths already rendered for this version while it is still being built; null once it is whole.</summary>
    public IReadOnlySet<string>? Fresh { get; init; }

    /// <summary>True when <paramref name="path"/> can be served from this version without waiting.</summary>
    public bool IsReady(string path) => Complete.IsCompleted || Fresh?.Contains(path) == true;

    /// <summary>
    /// A version in progress: the story pages of a rebuild laid over the previous version's files. Anything else
    /// must wait for <paramref name="complete"/>.
    /// </summary>
    public LiveSite Early(IReadOnlyList<OutputFile> pages, IReadOnlyList<Diagnostic> diagnostics, Task complete) =>
        new(Files.SetItems(pages.Select(p => KeyValuePair.Create(p.Path, p.Content))), diagnostics, Version + 1)
        {
            Complete = complete,
            Fresh = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal),
        };

    /// <summary>An empty site (before the first build).</summary>
    public static LiveSite Empty { get; } = new(ImmutableDictionary<string, byte[]>.Empty, [], 0);

    /// <summary>The errors of the build that made this version.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>A new version from a build's files and diagnostics.</summary>
    public LiveSite Next(IReadOnlyList<OutputFile> files, IReadOnlyList<Diagnostic> diagnostics) =>
        new(files.Count > 0 ? files.ToImmutableDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal) : Files, diagnostics, Version + 1);
}

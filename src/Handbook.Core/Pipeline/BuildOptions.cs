using Handbook.Validation;

namespace Handbook.Pipeline;

/// <summary>What to build and where.</summary>
public sealed record BuildOptions
{
    /// <summary>The handbook's input folder (holds <c>handbook.yml</c>, <c>questions.yml</c>, <c>stories/</c>).</summary>
    public string InputDirectory { get; init; } = "input";

    /// <summary>The folder the site replaces.</summary>
    public string OutputDirectory { get; init; } = "output";

    /// <summary>The theme folder; null for <see cref="ThemeLocator.Default"/>.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>The published address, overriding <c>baseUrl</c> in handbook.yml; null to keep it.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Publish draft stories too.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// Check every link and anchor of the rendered pages (the <c>broken-link</c> rule): true at any size, false
    /// never, null (the default) when the handbook has at most <c>broken-link</c>'s <c>maxStories</c> published stories.
    /// The rule set to <c>off</c> skips it whatever this says.
    /// </summary>
    public bool? CheckLinks { get; init; }

    /// <summary>
    /// Build the share version: every confidential term replaced by its stand-in, and every output file scanned for
    /// the terms before anything is published (<c>confidential-leak</c>).
    /// </summary>
    public bool Share { get; init; }

    /// <summary>
    /// With <see cref="Share"/>: lock the share version with this passphrase's key: story text, titles, search and
    /// practice data and the cheat sheet are encrypted, and each page asks for the passphrase. Null: not locked.
    /// </summary>
    public Sharing.PassphraseLock? Lock { get; init; }

    /// <summary>Carries work from one build to the next (serve); null for a cold build.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>The rules to run; null for <see cref="RuleSet.CreateDefault"/>.</summary>
    public RuleSet? Rules { get; init; }

    /// <summary>
    /// Called during a render that keeps pages in memory, once every story page is ready and before the listing
    /// pages, search index and assets, with those pages and the diagnostics so far: serve uses it to reload an
    /// edited story's page without waiting for the rest of the site.
    /// </summary>
    public Action<IReadOnlyList<Publishing.OutputFile>, IReadOnlyList<Diagnostics.Diagnostic>>? StoryPagesReady { get; init; }

    /// <summary>The user's home folder, which the output guard protects.</summary>
    public string? HomeDirectory { get; init; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null;

    /// <summary>The directory diagnostics are printed relative to, and the output guard protects.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
}

using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Publishing;
using Handbook.Reading;
using Handbook.Rendering;

namespace Handbook.Pipeline;

/// <summary>What a check or build found and made.</summary>
public sealed record BuildResult
{
    /// <summary>Every diagnostic, sorted by file and line.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The configuration in force.</summary>
    public required HandbookConfig Config { get; init; }

    /// <summary>How many story files were read (drafts included).</summary>
    public required int StoryCount { get; init; }

    /// <summary>The index, when validation passed far enough to build it.</summary>
    public SiteIndex? Index { get; init; }

    /// <summary>The plan of every target loop (<c>input/targets/</c>), by id, when the index was built.</summary>
    public IReadOnlyList<Targets.TargetPlan> Targets { get; init; } = [];

    /// <summary>
    /// The rendered files, for a render that keeps them in memory (<see cref="HandbookPipeline.Render"/>, serve);
    /// empty for a check, and for a build that wrote them straight to the output.
    /// </summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    /// <summary>The path of every rendered file, sorted.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>True when the output folder was replaced.</summary>
    public bool Published => Written is not null;

    /// <summary>What the publish wrote and carried over unchanged; null when the output was not replaced.</summary>
    public Publishing.PublishCounts? Written { get; init; }

    /// <summary>
    /// True when the build did not publish and a previous site is in the output folder, untouched; false when it
    /// published, or when there was no previous site to keep.
    /// </summary>
    public bool PreviousSiteKept { get; init; }

    /// <summary>What the share build's scan covered (<see cref="BuildOptions.Share"/>); null for a plain build.</summary>
    public ShareSummary? Shared { get; init; }
    /// <summary>
    /// True when the link check of the rendered site was skipped because the handbook is larger than
    /// <c>broken-link</c>'s <c>maxStories</c> and no one asked for it.
    /// </summary>
    public bool LinkCheckSkipped { get; init; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Time spent in each stage that ran, in order (read, validate, index, render, publish).</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    /// <summary>How many errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>How many warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>How many HTML pages were rendered.</summary>
    public int PageCount => Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>0: no errors. 1: validation failed. 2: the input (or theme) could not be read at all, or the output not written.</summary>
    public int ExitCode =>
        Diagnostics.Any(d => d.IsError && d.RuleId is RuleIds.Unreadable or RuleIds.Theme or RuleIds.Output) ? ExitCodes.Unusable
        : ErrorCount > 0 ? ExitCodes.ValidationFailed
        : ExitCodes.Success;
}

/// <summary>What a share build replaced and scanned.</summary>
/// <param name="Terms">How many confidential terms were replaced (each once, however many places named it).</param>
/// <param name="Files">How many output files were scanned.</param>
/// <param name="Bytes">How many bytes they held.</param>
/// <param name="Leaks">How many files still held a term (and were held back).</param>
public sealed record ShareSummary(int Terms, int Files, long Bytes, int Leaks)
{
    /// <summary>True when the share version was locked with a passphrase.</summary>
    public bool Locked { get; init; }
}

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    /// <summary>No errors.</summary>
    public const int Success = 0;

    /// <summary>At least one story or configuration error.</summary>
    public const int ValidationFailed = 1;

    /// <summary>Bad command line, or input that cannot be read at all.</summary>
    public const int Unusable = 2;
}

using System.Diagnostics;
using Handbook.Checking;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Publishing;
using Handbook.Reading;
using Handbook.Rendering;
using Handbook.Sharing;
using Handbook.Targets;
using Handbook.Validation;

namespace Handbook.Pipeline;

/// <summary>
/// The engine's facade. A build runs these stages in order over immutable values:
/// <list type="number">
/// <item>read: configuration, then every story file (in parallel);</item>
/// <item>analyse: the <see cref="Analysis.StoryFacts"/> of every story (plain texts, hook, key number, counts), once;</item>
/// <item>validate: every rule over every story, then over the whole set;</item>
/// <item>index: the barrier; from here on each stage sees the whole site;</item>
/// <item>render: pages and assets, written to a staging folder as they are made (or kept in memory when
/// nothing will be published); each page is parsed for the link check as it is made;</item>
/// <item>links: every internal link and anchor of the rendered site is resolved (<c>broken-link</c>);</item>
/// <item>publish: only when there are no errors, by an atomic swap of the output folder.</item>
/// </list>
/// </summary>
public static class HandbookPipeline
{
    /// <summary>Reads and validates; writes nothing.</summary>
    public static BuildResult Check(BuildOptions options) => Run(options, render: false, publish: false);

    /// <summary>Reads, validates and renders in memory; writes nothing.</summary>
    public static BuildResult Render(BuildOptions options) => Run(options, render: true, publish: false);

    /// <summary>Reads, validates, renders and, when there are no errors, replaces the output folder.</summary>
    public static BuildResult Build(BuildOptions options) => Run(options, render: true, publish: true);

    private static BuildResult Run(BuildOptions options, bool render, bool publish)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock();
        var diagnostics = new DiagnosticBag();
        var rules = options.Rules ?? options.Cache?.Rules ?? RuleSet.CreateDefault();
        var input = Path.GetFullPath(options.InputDirectory, options.WorkingDirectory);
        var themeDirectory = Path.GetFullPath(options.ThemeDirectory ?? ThemeLocator.Default(options.WorkingDirectory), options.WorkingDirectory);
        // The output is used as the file system sees it: a link to a folder is that folder.
        var output = publish ? RealPath.Resolve(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory)) : "";

        // Before anything else, decide whether the output may be replaced at all, and put back a previous site that
        // a killed run left moved aside, so that what the command says about it afterwards is true.
        var previousSite = false;
        if (publish)
        {
            var refusal = OutputGuard.Problem(output, new OutputGuard.Protected(input, themeDirectory, options.WorkingDirectory, options.HomeDirectory));
            if (refusal is not null)
            {
                diagnostics.Add(SourceLocation.File(output), Severity.Error, RuleIds.Output, $"refusing to write the site: {refusal.Reason}", refusal.Help);
                publish = false;
            }
            else
            {
                WhileWriting(output, diagnostics, () =>
                {
                    if (OutputWriter.RecoverInterruptedSwap(output))
                    {
                        diagnostics.Add(SourceLocation.File(output), Severity.Warning, RuleIds.Output,
                            "the previous site was restored: a build was stopped while it swapped the new site in.", "nothing to do; this build replaces it as usual.");
                    }
                    previousSite = Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any();
                });
            }
        }

        if (!Directory.Exists(input))
        {
            diagnostics.Add(SourceLocation.File(input), Severity.Error, RuleIds.Unreadable, "the input folder does not exist.",
                "pass --input with the folder that holds handbook.yml and stories/, or run `handbook init` to start one.");
            return Finish(diagnostics, new HandbookConfig(), [], clock, stages) with { PreviousSiteKept = previousSite };
        }

        // The theme's templates compile on a thread of their own while stories are read and validated, which
        // leave a core idle much of the time. (A cache keeps compiled templates itself.)
        var cache = options.Cache;
        var overrides = Path.Combine(input, ConfigFiles.ThemeOverrides);
        var theme = new Theme(themeDirectory, overrides) { Excluded = LinksLeaving(overrides, input, diagnostics) };
        var themeHasLayouts = Directory.Exists(Path.Combine(themeDirectory, Theme.LayoutsFolder));
        var templates = render && cache is null && themeHasLayouts
            ? Task.Factory.StartNew(() => new TemplateSet(theme).CompileAll(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;

        // Read.
        var config = cache is null
            ? ConfigLoader.Load(input, rules.ConfigurableIds, diagnostics, rules.OptionNames)
            : cache.LoadConfig(input, rules.ConfigurableIds, diagnostics, rules.OptionNames);
        if (options.BaseUrl is { Length: > 0 } baseUrl)
        {
            if (BaseUrls.TryNormalize(baseUrl, out var url)) config = config with { BaseUrl = url };
            else diagnostics.Add(SourceLocation.File(input), Severity.Error, RuleIds.Unreadable, $"--base-url `{baseUrl}` is not an http or https address.",
                "pass the full address, e.g. --base-url https://my-handbook.netlify.app.");
        }
        var storyFiles = StoryFiles.Find(input, diagnostics);
        var read = new Story?[storyFiles.Count];
        Parallel.For(0, storyFiles.Count, i => read[i] = cache is null ? StoryReader.Read(storyFiles[i], diagnostics) : cache.ReadStory(storyFiles[i], diagnostics));
        cache?.Keep(storyFiles);
        var stories = read.OfType<Story>().ToList();
        var targets = TargetReader.ReadAll(input, config.Competencies.Select(c => c.Id).ToList(), diagnostics);
        var practice = targets.Count == 0 ? PracticeRecord.None : PracticeLog.Read(input, diagnostics);
        stages.Lap("read");

        // Redact (share builds): everything after this point, diagnostics included, sees only the stand-ins.
        LeakScanner? scanner = null;
        if (options.Share)
        {
            var redactor = Redaction.For(config, stories);
            config = Redaction.Apply(config, redactor);
            stories = stories.Select(s => Redaction.Apply(s, redactor)).ToList();
            targets = targets.Select(t => Redaction.Apply(t, redactor)).ToList();
            scanner = new LeakScanner(redactor.Terms);
            stages.Lap("redact");
        }

        // Analyse: what every later stage reads of a story is worked out here, once per story object (after
        // redaction, so the facts hold only what the site may show).
        var analysis = cache?.Analysis ?? new Analysis.StoryAnalysis();
        analysis.Run(stories);
        stages.Lap("analyse");

        // Validate.
        Validator.Run(rules, stories, config, diagnostics, cache?.Findings, targets, analysis);
        stages.Lap("validate");
        if (!render) return Finish(diagnostics, config, stories, clock, stages);

        // Index: the barrier. Rendering runs after failed validation too (serve shows the pages under the errors),
        // so it gets stories that hold what it relies on: one story per address. The target loops are planned over
        // the published stories.
        var index = SiteIndex.Build(OnePerAddress(stories), config, options.IncludeDrafts, analysis);
        var plans = TargetPlanner.PlanAll(targets, index.Stories, config, practice);
        stages.Lap("index");

        // Render.
        if (!themeHasLayouts)
        {
            diagnostics.Add(SourceLocation.File(themeDirectory), Severity.Error, RuleIds.Theme, "the theme folder has no layouts/ folder.",
                "pass --theme with a theme folder, or leave it out to use the default theme.");
            return Finish(diagnostics, config, stories, clock, stages, index, plans: plans) with { PreviousSiteKept = previousSite };
        }
        var renderer = new SiteRenderer(index, config, theme, diagnostics)
        {
            Cache = cache?.Render, Templates = templates, Pages = SitePages.For(plans), Modules = SiteModules(cache, plans),
            BrokenLinks = Validation.Rules.BrokenLinkRule.In(config),
        };
        // The link check parses each page as it is rendered, on the thread that rendered it.
        var linkSeverity = Validation.Rules.BrokenLinkRule.In(config);
        var wanted = options.CheckLinks ?? index.Stories.Count <= Validation.Rules.BrokenLinkRule.MaxStories(config);
        var links = linkSeverity != Severity.Off && wanted ? new LinkChecker(cache?.Links) : null;
        var linksSkipped = linkSeverity != Severity.Off && !wanted && options.CheckLinks is null;
        void CheckLinks()
        {
            if (links is null) return;
            diagnostics.AddRange(LinkReport.Diagnostics(links.Find(), renderer.Origins, theme, linkSeverity));
            stages.Lap("links");
        }

        // A share build scans every file on its way out and holds back any that still has a confidential term: as the
        // mentor reads it and, when it is locked, as it is published (sealed after the link check has read it).
        LeakScanningSink? scanning = null, published = null;
        var sealer = scanner is not null && options.Lock is { } key ? new Sealer(key) : null;
        IOutputSink Out(IOutputSink sink)
        {
            if (scanner is not null)
            {
                sink = published = new LeakScanningSink(sink, scanner);
                if (sealer is not null) sink = scanning = new LeakScanningSink(new SealingSink(sink, sealer), scanner);
            }
            return links?.Watching(sink) ?? sink;
        }
        void ReportLeaks()
        {
            if (published is null) return;
            var leaks = (scanning?.Leaks ?? []).Concat(published.Leaks).DistinctBy(l => l.Path, StringComparer.Ordinal).OrderBy(l => l.Path, StringComparer.Ordinal).ToList();
            diagnostics.AddRange(LeakReport.Diagnostics(leaks, renderer.Origins, theme, scanner!));
            stages.Lap("scan");
        }

        // A build that will publish writes each page into a staging folder as soon as it is rendered, so a
        // large site is never held in memory whole; anything else keeps the pages in memory.
        StagingFolder? staging = null;
        if (publish && !diagnostics.HasErrors) WhileWriting(output, diagnostics, () => staging = StagingFolder.Open(output));
        IReadOnlyList<OutputFile> files = [];
        IReadOnlyList<string> paths = [];
        PublishCounts? written = null;
        using (staging)
        {
            if (staging is null)
            {
                var memory = new MemorySink();
                // A share build shows no page before the scan has passed it.
                if (options.StoryPagesReady is { } ready && scanner is null) renderer.StoryPagesReady = pages => ready(pages, diagnostics.Sorted());
                paths = renderer.Render(Out(memory));
                files = memory.Files;
                stages.Lap("render");
                CheckLinks();
                ReportLeaks();
            }
            else
            {
                WhileWriting(output, diagnostics, () => paths = renderer.Render(Out(staging)));
                stages.Lap("render");
                CheckLinks();
                ReportLeaks();
                // Publish: only a build with no errors replaces the previous site; otherwise the staging folder is dropped.
                if (!diagnostics.HasErrors) WhileWriting(output, diagnostics, () => written = staging.Commit());
            }
        }
        if (publish) stages.Lap("publish");
        return Finish(diagnostics, config, stories, clock, stages, index, files, paths, written, plans) with
        {
            PreviousSiteKept = previousSite && written is null,
            Shared = published is null ? null
                : new ShareSummary(scanner!.TermCount, published.Scanned.Files, published.Scanned.Bytes, published.Leaks.Count + (scanning?.Leaks.Count ?? 0)) { Locked = sealer is not null },
            LinkCheckSkipped = linksSkipped,
        };
    }

    /// <summary>
    /// The features' files beside the pages, in the order they are registered: the search index (its terms kept by
    /// <paramref name="cache"/> when there is one), the practice data (narrowed to the planned <paramref name="targets"/>),
    /// and, once every page is written, the host files and the theme's assets.
    /// </summary>
    public static IReadOnlyList<ISiteModule> SiteModules(BuildCache? cache = null, IReadOnlyList<TargetPlan>? targets = null) =>
    [
        new Searching.SearchModule(cache?.SearchTerms),
        new Practice.PracticeModule(targets ?? []),
        new HostFiles(),
        new ThemeAssets(),
    ];

    /// <summary>
    /// The stories with every address claimed once: of two stories with one slug (the same file name in two folders,
    /// <c>Story.md</c> and <c>story.md</c>, or the same <c>slug:</c>) the first by path keeps it, and a redirect that
    /// would take an address already claimed is dropped. Validation reports each as duplicate-slug.
    /// </summary>
    internal static IReadOnlyList<Story> OnePerAddress(IReadOnlyList<Story> stories)
    {
        var ordered = stories.OrderBy(s => s.SourcePath, StringComparer.Ordinal).DistinctBy(s => s.Slug, StringComparer.Ordinal).ToList();
        var claimed = ordered.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var story = ordered[i];
            var redirects = story.RedirectFrom.Where(claimed.Add).ToList();
            if (redirects.Count != story.RedirectFrom.Count) ordered[i] = story with { RedirectFrom = redirects };
        }
        return ordered;
    }

    /// <summary>
    /// Files of <paramref name="overrides"/> (<c>input/theme/</c>) that are, or lie behind, a link leading outside the
    /// input folder: the theme leaves them out, each with a warning, so a link cannot publish a file from elsewhere
    /// on the disk. A link that stays inside the input folder is used.
    /// </summary>
    internal static IReadOnlySet<string> LinksLeaving(string overrides, string input, DiagnosticBag diagnostics)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(overrides)) return excluded;
        var inputReal = RealPath.Resolve(input);
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(overrides, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SourceLocation.File(overrides), Severity.Error, RuleIds.Unreadable, $"cannot list the theme overrides: {e.Message}",
                "remove links that loop back into the folder, and check its permissions.");
            return excluded;
        }
        foreach (var file in files)
        {
            var real = RealPath.Resolve(file);
            if (RealPath.IsSameOrInside(real, inputReal)) continue;
            excluded.Add(Path.GetFullPath(file));
            diagnostics.Add(SourceLocation.File(file), Severity.Warning, RuleIds.IgnoredFile,
                $"this theme file is a link to `{real}`, outside the input folder; it is not used or published.",
                "copy the file into input/theme/ instead of linking to it.");
        }
        return excluded;
    }

    // The one way a write fails (disk full, read-only, a busy mount point): one diagnostic at the output folder
    // that names the file, never a stack trace. Pages are written in parallel, so the failure may come wrapped.
    private static void WhileWriting(string output, DiagnosticBag diagnostics, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (WriteFailure(e) is OutputRefusedException refused)
        {
            diagnostics.Add(SourceLocation.File(output), Severity.Error, RuleIds.Output, $"refusing to write the site: {refused.Refusal.Reason}", refused.Refusal.Help);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            diagnostics.Add(SourceLocation.File(output), Severity.Error, RuleIds.Output, $"cannot write the site: {Sentence(failure.Message)}",
                "free some disk space, or make the output folder writable and not a mount point or open in another program.");
        }
    }

    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(i => WriteFailure(i) is not null)
            ? aggregate.Flatten().InnerExceptions.Select(WriteFailure).OrderBy(i => i!.Message, StringComparer.Ordinal).First()
            : null,
        _ => null,
    };

    // .NET's messages say "No space left on device : '/path'"; keep one line, without a trailing full stop doubled.
    private static string Sentence(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.EndsWith('.') ? line : line + ".";
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, HandbookConfig config, IReadOnlyList<Story> stories, Stopwatch clock,
        StageClock stages, SiteIndex? index = null, IReadOnlyList<OutputFile>? files = null, IReadOnlyList<string>? paths = null,
        PublishCounts? written = null, IReadOnlyList<TargetPlan>? plans = null) => new()
    {
        Targets = plans ?? [],
        Stages = stages.Laps,
        Diagnostics = diagnostics.Sorted(),
        Config = config,
        StoryCount = stories.Count,
        Index = index,
        Files = files ?? [],
        Paths = paths ?? [],
        Written = written,
        Elapsed = clock.Elapsed,
    };
}

/// <summary>One stage of a run: how long it took and how much it allocated.</summary>
/// <param name="Stage">The stage's name: read, analyse, validate, index, render, links or publish.</param>
/// <param name="Time">Wall-clock time.</param>
/// <param name="AllocatedBytes">Managed memory allocated by every thread during the stage.</param>
public sealed record StageTime(string Stage, TimeSpan Time, long AllocatedBytes);

/// <summary>Times the stages of one run.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<StageTime> _laps = [];
    private long _allocated = GC.GetTotalAllocatedBytes();

    /// <summary>The stages timed so far.</summary>
    public IReadOnlyList<StageTime> Laps => _laps;

    /// <summary>Records the time and allocations since the last lap under <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        _laps.Add(new StageTime(stage, _watch.Elapsed, allocated - _allocated));
        _allocated = allocated;
        _watch.Restart();
    }
}

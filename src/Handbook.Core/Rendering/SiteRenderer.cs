using System.Collections.Concurrent;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Publishing;

namespace Handbook.Rendering;

/// <summary>
/// Turns the site index into output files by scheduling the registered page modules: the story pages first, then
/// every other page beside the modules' data files, then the pages that must not replace one and the modules' files
/// of the last stage (the host files, which list the pages, and the theme's assets). Pure: it reads the theme but
/// writes nothing.
/// </summary>
public sealed class SiteRenderer
{
    /// <summary>The home page's path.</summary>
    public const string HomePath = "index.html";

    /// <summary>The question bank page's path.</summary>
    public const string QuestionsPath = "questions.html";

    /// <summary>The search page's path.</summary>
    public const string SearchPath = "search.html";

    /// <summary>The one-page cheat sheet's path.</summary>
    public const string CheatsheetPath = "cheatsheet.html";

    /// <summary>The coverage dashboard's path.</summary>
    public const string CoveragePath = "coverage.html";

    /// <summary>The practice page's path.</summary>
    public const string PracticePath = "practice.html";

    /// <summary>The page Netlify serves for a missing address.</summary>
    public const string NotFoundPath = "404.html";

    private readonly SiteIndex _index;
    private readonly Configuration.HandbookConfig _config;
    private readonly Theme _theme;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyDictionary<string, int> _warnings;

    /// <summary>Prepares a render of <paramref name="index"/> with <paramref name="theme"/>.</summary>
    /// <param name="index">The site index.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="diagnostics">Where rendering problems go; the warnings already in it are counted per story for the dashboard.</param>
    public SiteRenderer(SiteIndex index, Configuration.HandbookConfig config, Theme theme, DiagnosticBag diagnostics)
    {
        _warnings = diagnostics.Sorted()
            .Where(d => d.Severity == Severity.Warning)
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _index = index;
        _config = config;
        _theme = theme;
        _diagnostics = diagnostics;
    }

    /// <summary>The theme's templates, compiled ahead (by the pipeline, while it validates); null to compile them here.</summary>
    public Task<TemplateSet>? Templates { get; init; }

    /// <summary>The page modules, in registration order (which is also the order of the navigation).</summary>
    public required IReadOnlyList<IPageModule> Pages { get; init; }

    /// <summary>The features' files beside the pages (the search index, the practice data), in registration order.</summary>
    public IReadOnlyList<ISiteModule> Modules { get; init; } = [];

    /// <summary>How a story's link to a missing story is reported (the broken-link rule's severity).</summary>
    public Severity BrokenLinks { get; init; } = Severity.Warning;

    /// <summary>Called with the story pages once they are all rendered, before every other page.</summary>
    public Action<IReadOnlyList<OutputFile>>? StoryPagesReady { get; set; }

    /// <summary>
    /// Where each page written so far comes from (its layout or page template, and its story): what the link check
    /// needs to name the file behind a broken link.
    /// </summary>
    public IReadOnlyDictionary<string, PageOrigin> Origins => _origins;
    private readonly ConcurrentDictionary<string, PageOrigin> _origins = new(StringComparer.Ordinal);

    private static string Layout(string name) => $"{Theme.LayoutsFolder}/{name}{Theme.TemplateExtension}";

    /// <summary>Reuses story pages whose inputs did not change since the last build (serve); null to render all.</summary>
    public RenderCache? Cache { get; init; }

    /// <summary>Renders every page and copies the assets, in memory; the files are sorted by path.</summary>
    public IReadOnlyList<OutputFile> Render()
    {
        var memory = new MemorySink();
        Render(memory);
        return memory.Files;
    }

    /// <summary>
    /// Renders every page and copies the assets into <paramref name="sink"/>, each file as soon as it is
    /// ready, so a large site is never held in memory whole. Returns the paths written, sorted.
    /// </summary>
    public IReadOnlyList<string> Render(IOutputSink sink)
    {
        // Only cached builds (serve) need the theme's stamp: compiled templates and cards outlive a build until it changes.
        var stamp = Cache is null ? null : (object)_theme.Stamp();
        var templates = Templates?.GetAwaiter().GetResult() ?? (Cache is not null ? Cache.Templates(_theme, stamp!) : new TemplateSet(_theme));
        var cards = Cache?.Cards(_config, stamp!) ?? new ConcurrentDictionary<(Model.Story Story, string Root), Lazy<CardView>>(new PageContext.CardKeyComparer());
        var markdown = new StoryMarkdown(_config.AllowHtml, _index.Stories.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal), BrokenLinks);
        var strings = ThemeStrings.Load(_theme, _diagnostics);
        var paths = new ConcurrentBag<string>();
        var context = new PageContext(_index, _config, _theme, templates, strings, markdown, _diagnostics, Pages.SelectMany(p => p.Navigation(strings)).ToList(), _warnings,
            cards, stamp, () => paths.ToList());
        void Emit(OutputFile? file)
        {
            if (file is null) return;
            sink.Add(file);
            paths.Add(file.Path);
        }
        List<PagePlan> Plans(PageStage stage) => Pages.Where(p => p.Stage == stage).SelectMany(p => p.Plan(context)).ToList();
        var credit = PageView.CreditLine(_config.Author, _config.Title, strings);
        OutputFile? Page(PagePlan plan) => RenderPage(plan, context, templates, credit);

        // Story pages first: an edited story's page is what its author is looking at (see StoryPagesReady).
        // The modules' files (the search index, the practice data) need no page: they are built beside the pages,
        // or, when someone waits for the story pages, right after them.
        var stories = Plans(PageStage.Stories);
        var pages = Plans(PageStage.Pages);
        var storyPages = new OutputFile?[stories.Count];
        void StoryPages()
        {
            Parallel.For(0, stories.Count, i => Emit(storyPages[i] = Page(stories[i])));
            StoryPagesReady?.Invoke(storyPages.OfType<OutputFile>().ToList());
        }
        void OtherPages() => Parallel.For(0, pages.Count, i => Emit(Page(pages[i])));
        void ModuleFiles()
        {
            foreach (var module in Modules.Where(m => m.Stage != PageStage.Last))
            {
                foreach (var file in module.Files(context)) Emit(file);
            }
        }
        if (StoryPagesReady is null)
        {
            Parallel.Invoke(() => { StoryPages(); OtherPages(); }, ModuleFiles);
        }
        else
        {
            StoryPages();
            Parallel.Invoke(OtherPages, ModuleFiles);
        }
        foreach (var plan in Plans(PageStage.Last)) Emit(Page(plan));
        foreach (var module in Modules.Where(m => m.Stage == PageStage.Last))
        {
            foreach (var file in module.Files(context)) Emit(file);
        }
        _diagnostics.AddRange(templates.Problems);
        if (Cache is not null)
        {
            // Cards of stories that were edited or removed would otherwise stay for the server's life.
            var current = _index.Stories.ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var key in cards.Keys.Where(k => !current.Contains(k.Story))) cards.TryRemove(key, out _);
        }
        return paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private OutputFile? RenderPage(PagePlan plan, PageContext context, TemplateSet templates, string credit)
    {
        _origins[plan.Path] = new PageOrigin(plan.Frame == PageFrame.PageTemplate ? plan.Template : Layout(plan.Template), plan.Source);
        OutputFile? Render(DiagnosticBag diagnostics)
        {
            var model = plan.Model(diagnostics);
            if (plan.Frame == PageFrame.Bare)
            {
                return templates.Render(plan.Template, model, diagnostics) is { } text ? OutputFile.Text(plan.Path, text) : null;
            }
            var page = new PageView(plan.Title, plan.Description, Links.Root(plan.Path), _config.Title, _config.Author, context.Navigation(plan.Path), plan.BodyClass)
            {
                Canonical = plan.Canonical ? context.Absolute(plan.Path) : "",
                NoIndex = plan.NoIndex ?? !_config.Public,
                OgType = plan.OgType,
                Credit = credit,
            };
            var html = plan.Frame == PageFrame.PageTemplate
                ? templates.RenderTemplatePage(plan.Template, page, model, diagnostics)
                : templates.RenderPage(plan.Template, model, page, diagnostics);
            return html is null ? null : new OutputFile(plan.Path, html);
        }
        return Cache is not null && plan.CacheKey is { } key ? Cache.Page(plan.Path, key, _diagnostics, Render) : Render(_diagnostics);
    }
}

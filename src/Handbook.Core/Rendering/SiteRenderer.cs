using Handbook.Analysis;
using Handbook.Cheatsheet;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Practice;
using Handbook.Publishing;
using Handbook.Searching;

namespace Handbook.Rendering;

/// <summary>
/// Turns the site index into output files: the home page, a page per story, the index pages of every
/// axis, the question bank, and the theme's assets. Pure: it reads the theme but writes nothing.
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

    /// <summary>Stories a competency needs before it is no longer a gap.</summary>
    public const int StoriesPerCompetency = 2;

    // The STAR-TR beats and how long each takes to say, for the reminder strip on the cheat sheet.
    private static readonly BeatView[] Beats =
    [
        new("Situation", "15 s", "system, scale, baseline, stakes"),
        new("Task", "10 s", "what I owned"),
        new("Action", "45-60 s", "what I did; options weighed"),
        new("Trade-off", "20-30 s", "what I rejected; what it cost"),
        new("Result", "15 s", "the number, before → after"),
        new("Reflection", "10-15 s", "what changed afterwards"),
    ];

    private readonly SiteIndex _index;
    private readonly HandbookConfig _config;
    private readonly Theme _theme;
    private TemplateSet _templates = null!;
    private readonly StoryMarkdown _markdown;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyDictionary<string, int> _warnings;

    /// <summary>Prepares a render of <paramref name="index"/> with <paramref name="theme"/>.</summary>
    /// <param name="index">The site index.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="theme">The theme.</param>
    /// <param name="diagnostics">Where rendering problems go; the warnings already in it are counted per story for the dashboard.</param>
    public SiteRenderer(SiteIndex index, HandbookConfig config, Theme theme, DiagnosticBag diagnostics)
    {
        _warnings = diagnostics.Sorted()
            .Where(d => d.Severity == Severity.Warning)
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _index = index;
        _config = config;
        _theme = theme;
        _diagnostics = diagnostics;
        _markdown = new StoryMarkdown(config.AllowHtml, index.Stories.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal), Validation.Rules.BrokenLinkRule.In(config));
    }

    /// <summary>The theme's templates, compiled ahead (by the pipeline, while it validates); null to compile them here.</summary>
    public Task<TemplateSet>? Templates { get; init; }

    /// <summary>The planned target loops, each given a page (<see cref="TargetPages"/>); empty when the handbook has none.</summary>
    public IReadOnlyList<Targets.TargetPlan> Targets { get; init; } = [];

    /// <summary>The features' files beside the pages (the search index, the practice data), in registration order.</summary>
    public IReadOnlyList<ISiteModule> Modules { get; init; } = [];

    /// <summary>Called with the story pages once they are all rendered, before every other page.</summary>
    public Action<IReadOnlyList<OutputFile>>? StoryPagesReady { get; set; }

    /// <summary>
    /// Where each page written so far comes from (its layout or page template, and its story): what the link check
    /// needs to name the file behind a broken link.
    /// </summary>
    public IReadOnlyDictionary<string, PageOrigin> Origins => _origins;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PageOrigin> _origins = new(StringComparer.Ordinal);

    // What the analysis stage worked out of a story, carried with the site index.
    private StoryFacts Facts(Story story) => _index.Analysis.Of(story);

    private static string Layout(string name) => $"{Theme.LayoutsFolder}/{name}{Theme.TemplateExtension}";

    /// <summary>Reuses story pages whose inputs did not change since the last build (serve); null to render all.</summary>
    public RenderCache? Cache { get; init; }

    // Worked out once per render, on first use (only cached builds need it).
    private object ThemeStamp => _themeStamp ??= _theme.Stamp();
    private object? _themeStamp;

    /// <summary>Renders every page and copies the assets, in memory; the files are sorted by path.</summary>
    public IReadOnlyList<OutputFile> Render()
    {
        var memory = new Publishing.MemorySink();
        Render(memory);
        return memory.Files;
    }

    /// <summary>
    /// Renders every page and copies the assets into <paramref name="sink"/>, each file as soon as it is
    /// ready, so a large site is never held in memory whole. Returns the paths written, sorted.
    /// </summary>
    public IReadOnlyList<string> Render(Publishing.IOutputSink sink)
    {
        // Compiled templates outlive a build when a cache keeps them (serve), until the theme changes.
        _templates = Templates?.GetAwaiter().GetResult() ?? Cache?.Templates(_theme, ThemeStamp) ?? new TemplateSet(_theme);
        if (Cache is not null) _cards = Cache.Cards(_config, ThemeStamp);
        // Every page is an independent job; they run in parallel and are sorted by path at the end.
        var jobs = new List<Func<OutputFile?>>
        {
            () => Page(HomePath, "home", HomeModel(), _config.Title, Descriptions.Home(_index), "home"),
            () => Page(QuestionsPath, "questions", QuestionsModel(), "Question bank", "Every question pattern and the stories that answer it.", "questions"),
            () => Page(SearchPath, "search", new { }, "Search", "Search every story by words, numbers, competency, pattern or level.", "search"),
            () => Page(CheatsheetPath, "cheatsheet", CheatsheetModel(), "Cheat sheet", "Every prepared story on one printable page.", "cheatsheet"),
            () => Page(PracticePath, "practice", new
            {
                Stories = _index.Stories.Select((s, i) => new { Index = i, s.Title }).ToList(),
                Targets = Targets.Select(t => new { t.Target.Id, t.Target.Title }).ToList(),
                HasTargets = Targets.Count > 0,
            },
                "Practice", "Drill with a timer against your own stories.", "practice"),
            () => Page(CoveragePath, "coverage", CoverageModel(), "Coverage", "Which competencies, questions and levels your stories cover, and where the gaps are.", "coverage"),
        };
        foreach (var plan in Targets)
        {
            jobs.Add(() => Page(TargetPages.PagePath(plan.Target.Id), "target", TargetPages.Model(plan, _config, Targets, _index.Analysis), plan.Target.Title,
                $"The plan for {plan.Target.Title}: a story for every round, and the stories that show each value.", "target"));
        }
        if (Targets.Count > 1)
        {
            jobs.Add(() => Page(TargetPages.IndexPath, "targets", TargetPages.IndexModel(Targets), "Target loops",
                "One plan per company: its values, the stories that show them, and a story for every round.", "targets"));
        }
        var storyJobs = new List<Func<OutputFile?>>(_index.Stories.Count);
        for (var i = 0; i < _index.Stories.Count; i++)
        {
            var position = i;
            var story = _index.Stories[i];
            var path = Links.StoryPath(story.Slug);
            storyJobs.Add(() => StoryPage(story, position, path));
        }
        foreach (var axis in Axes.All)
        {
            var overview = $"{axis.Folder()}/index.html";
            jobs.Add(() => Page(overview, "axis", AxisModel(axis, overview), axis.Title(), Descriptions.Axis(axis), "axis"));
            foreach (var term in _index.Terms(axis))
            {
                jobs.Add(() => Page(term.PagePath, "term", TermModel(term), $"{term.Title} · {axis.Noun()}", term.Description, "term"));
            }
        }
        var paths = new System.Collections.Concurrent.ConcurrentBag<string>();
        void Emit(OutputFile? file)
        {
            if (file is null) return;
            sink.Add(file);
            paths.Add(file.Path);
        }
        // Story pages first: an edited story's page is what its author is looking at (see StoryPagesReady).
        // The modules' files (the search index, the practice data) need no page: they are built beside the pages,
        // or, when someone waits for the story pages, right after them.
        var storyPages = new OutputFile?[storyJobs.Count];
        void StoryPages()
        {
            Parallel.For(0, storyJobs.Count, i => Emit(storyPages[i] = storyJobs[i]()));
            StoryPagesReady?.Invoke(storyPages.OfType<OutputFile>().ToList());
        }
        void OtherPages() => Parallel.For(0, jobs.Count, i => Emit(jobs[i]()));
        void ModuleFiles()
        {
            foreach (var module in Modules)
            {
                foreach (var file in module.Files(_index, Targets)) Emit(file);
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

        foreach (var file in TemplatePages(paths)) Emit(file);
        foreach (var file in Redirects()) Emit(file);
        foreach (var file in HostFiles.For(_index, _config, paths.ToList())) Emit(file);
        // Relative like every page, so it is styled opened from disk; on Netlify, _redirects brings a missing
        // address in a folder up to the root, where these links resolve (see Redirects).
        var notFound = new PageView("Page not found", "This page is not in the handbook.", "", _config.Title, _config.Author, Navigation(NotFoundPath), "not-found")
        {
            NoIndex = true,
        };
        _origins[NotFoundPath] = new PageOrigin(Layout("notfound"));
        var notFoundModel = new NotFoundView(HomePath, SearchPath, QuestionsPath);
        if (_templates.RenderPage("notfound", notFoundModel, notFound, _diagnostics) is { } html)
        {
            Emit(new OutputFile(NotFoundPath, html));
        }

        foreach (var asset in _theme.Files(Theme.AssetsFolder))
        {
            Emit(new OutputFile(asset, File.ReadAllBytes(_theme.Resolve(asset)!)));
        }
        _diagnostics.AddRange(_templates.Problems);
        if (Cache is not null)
        {
            // Cards of stories that were edited or removed would otherwise stay for the server's life.
            var current = _index.Stories.ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var key in _cards.Keys.Where(k => !current.Contains(k.Story))) _cards.TryRemove(key, out _);
        }
        return paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    // A template under pages/ becomes a page at the same relative path: pages/prep/amazon.sbn-html -> prep/amazon.html.
    private IEnumerable<OutputFile> TemplatePages(IEnumerable<string> written)
    {
        var taken = written.ToHashSet(StringComparer.Ordinal);
        foreach (var template in _templates.PageTemplates())
        {
            var relative = template[(Theme.PagesFolder.Length + 1)..^Theme.TemplateExtension.Length];
            var path = relative + ".html";
            if (taken.Contains(path) || path == NotFoundPath || Reserved(path))
            {
                _diagnostics.Add(new Diagnostic(SourceLocation.File(_theme.Resolve(template)!), Severity.Error, Reading.RuleIds.Template,
                    $"this page template would replace `{path}`, which the handbook writes.",
                    $"rename the file, or override the page's own template under input/theme/{Theme.LayoutsFolder}/ instead."));
                continue;
            }
            var title = TitleFromFileName(relative);
            var page = new PageView(title, "", Links.Root(path), _config.Title, _config.Author, Navigation(path), "template")
            {
                Canonical = Absolute(path),
                NoIndex = !_config.Public,
            };
            _origins[path] = new PageOrigin(template);
            if (_templates.RenderTemplatePage(template, page, Site, _diagnostics) is { } html) yield return new OutputFile(path, html);
        }
    }

    // Folders the handbook owns: a template page there would sit among pages it regenerates.
    private static bool Reserved(string path) =>
        path.StartsWith("stories/", StringComparison.Ordinal) || path.StartsWith($"{Theme.AssetsFolder}/", StringComparison.Ordinal);

    // "prep/amazon-loop" -> "Amazon loop": a default the template can replace with {{ page.title = "..." }}.
    private static string TitleFromFileName(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..].Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? relative : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>What templates see as <c>site</c>; built once per render, on first use.</summary>
    private SiteView Site => _site ??= BuildSite();
    private SiteView? _site;

    private SiteView BuildSite()
    {
        List<(IndexTerm Term, SiteTermView View)> Views(IEnumerable<IndexTerm> terms) => terms.Select(t => (t, new SiteTermView(t.Id, t.Title, t.PagePath))).ToList();
        Dictionary<string, SiteTermView> ById(List<(IndexTerm Term, SiteTermView View)> views)
        {
            var byId = new Dictionary<string, SiteTermView>(StringComparer.Ordinal);
            foreach (var (term, view) in views) byId.TryAdd(term.Id, view);
            return byId;
        }
        var competencyViews = Views(_index.Competencies);
        var patternViews = Views(_index.Patterns);
        var levelViews = Views(_index.Levels);
        var competencies = ById(competencyViews);
        var patterns = ById(patternViews);
        var levels = ById(levelViews);
        var stories = _index.Stories.ToDictionary(s => (object)s, s => new SiteStoryView(
            s.Title,
            Links.StoryPath(s.Slug),
            s.Level is { } level ? levels.GetValueOrDefault(level.Id()) : null,
            Facts(s).Hook,
            (s.Metrics.Count > 0 ? s.Metrics : [Facts(s).KeyMetric]).Where(m => m.Length > 0).ToList(),
            Facts(s).TradeoffLine,
            s.Competencies.Select(competencies.GetValueOrDefault).OfType<SiteTermView>().ToList(),
            s.Patterns.Select(patterns.GetValueOrDefault).OfType<SiteTermView>().ToList()) { Slug = s.Slug }, ReferenceEqualityComparer.Instance);
        IReadOnlyList<SiteTermView> Filled(List<(IndexTerm Term, SiteTermView View)> views)
        {
            foreach (var (term, view) in views) view.Stories = term.Stories.Select(s => stories[s]).ToList();
            return views.Select(v => v.View).ToList();
        }
        return new SiteView(_config.Title, _config.Author, _index.Stories.Select(s => stories[s]).ToList(),
            Filled(competencyViews), Filled(patternViews), Filled(levelViews));
    }

    private OutputFile? StoryPage(Story story, int position, string path)
    {
        OutputFile? Render(DiagnosticBag diagnostics) =>
            Page(path, "story", StoryModel(story, position, path, diagnostics), story.Title, Facts(story).Hook, "story", diagnostics);
        _origins[path] = new PageOrigin(Layout("story"), story.SourcePath);
        if (Cache is null) return Render(_diagnostics);
        var key = new PageKey(
            story,
            position > 0 ? _index.Stories[position - 1] : null,
            position + 1 < _index.Stories.Count ? _index.Stories[position + 1] : null,
            _config,
            ThemeStamp);
        return Cache.Page(path, key, _diagnostics, Render);
    }

    private OutputFile? Page(string path, string layout, object model, string title, string description, string bodyClass, DiagnosticBag? diagnostics = null)
    {
        var page = new PageView(title, description, Links.Root(path), _config.Title, _config.Author, Navigation(path), bodyClass)
        {
            Canonical = Absolute(path),
            NoIndex = !_config.Public,
            OgType = bodyClass == "story" ? "article" : "website",
        };
        _origins.TryAdd(path, new PageOrigin(Layout(layout)));
        var html = _templates.RenderPage(layout, model, page, diagnostics ?? _diagnostics);
        return html is null ? null : new OutputFile(path, html);
    }

    /// <summary>The absolute address of a site path, or empty when the handbook has no baseUrl.</summary>
    private string Absolute(string path) => _config.BaseUrl.Length == 0 ? "" : $"{_config.BaseUrl}/{path}";

    // A page at each old slug that sends the reader on (works from disk too); Netlify's _redirects is a host file.
    private IEnumerable<OutputFile> Redirects()
    {
        foreach (var story in _index.Stories)
        {
            foreach (var old in story.RedirectFrom.Where(o => o != story.Slug))
            {
                var model = new RedirectView(story.Title, $"{story.Slug}.html", Absolute(Links.StoryPath(story.Slug)));
                _origins[Links.StoryPath(old)] = new PageOrigin(Layout("redirect"));
                if (_templates.Render("redirect", model, _diagnostics) is { } html) yield return OutputFile.Text(Links.StoryPath(old), html);
            }
        }
    }

    private IReadOnlyList<NavLink> Navigation(string path)
    {
        NavLink Link(string title, string target, string section) =>
            new(title, Links.Relative(path, target), path == target || (section.Length > 0 && path.StartsWith(section, StringComparison.Ordinal)));
        IEnumerable<NavLink> TargetLink() => TargetPages.NavTarget(Targets) is { } target ? [Link("Targets", target, $"{TargetPages.Folder}/")] : [];
        return
        [
            Link("Stories", HomePath, "stories/"),
            // One entry for the questions: the bank lists every pattern, and each pattern's page is "in" it.
            Link("Questions", QuestionsPath, $"{Axis.Pattern.Folder()}/"),
            Link(Axis.Competency.Title(), $"{Axis.Competency.Folder()}/index.html", $"{Axis.Competency.Folder()}/"),
            Link(Axis.Level.Title(), $"{Axis.Level.Folder()}/index.html", $"{Axis.Level.Folder()}/"),
            Link("Practice", PracticePath, ""),
            Link("Cheat sheet", CheatsheetPath, ""),
            Link("Coverage", CoveragePath, ""),
            .. TargetLink(),
        ];
    }

    private HomeView HomeModel() => new(
        _config.Title,
        _config.Author,
        _index.Stories.Count,
        _index.Patterns.Count(p => p.Stories.Count > 0),
        _index.PatternGaps.Count(),
        QuestionsPath + "#gaps",
        CoveragePath,
        _index.Stories.Select(s => Card(s, HomePath)).ToList());

    private CheatsheetView CheatsheetModel()
    {
        var selected = CheatsheetSelection.Select(_index.Stories);
        var numbers = selected.Select((story, i) => (story.Slug, Number: i + 1)).ToDictionary(x => x.Slug, x => x.Number, StringComparer.Ordinal);
        var cards = selected.Select((story, i) => new CheatCardView(
            i + 1,
            story.Title,
            Links.Relative(CheatsheetPath, Links.StoryPath(story.Slug)),
            story.Level?.Title() ?? "",
            Facts(story).Hook,
            Facts(story).KeyMetric,
            Facts(story).TradeoffLine,
            string.Join(" · ", story.Patterns.Select(id => _index.Find(Axis.Pattern, id)?.Title).OfType<string>()))).ToList();
        var map = _index.Patterns
            .Select(p => (Pattern: p, Numbers: p.Stories.Where(s => numbers.ContainsKey(s.Slug)).Select(s => numbers[s.Slug]).Order().ToList()))
            .Where(x => x.Numbers.Count > 0)
            .Select(x => new QuestionMapView(x.Pattern.Title, string.Join(", ", x.Numbers), x.Pattern.HighSignal))
            .ToList();
        var gaps = _index.Patterns.Where(p => p.HighSignal && !p.Stories.Any(s => numbers.ContainsKey(s.Slug))).Select(p => p.Title);
        return new CheatsheetView(_config.Title, _config.Author, CheatsheetFit.Columns(cards.Count), cards, Beats, map, string.Join("; ", gaps));
    }

    private CoverageView CoverageModel()
    {
        var stories = _index.Stories;
        // Membership by reference: Story is a record, and value equality over thousands of stories is slow.
        var inCompetency = _index.Competencies.Select(c => c.Stories.ToHashSet(ReferenceEqualityComparer.Instance)).ToList();
        var inPattern = _index.Patterns.Select(p => p.Stories.ToHashSet(ReferenceEqualityComparer.Instance)).ToList();
        // The per-story measures are the costly part of this page; they are worked out in parallel.
        var rows = stories.AsParallel().AsOrdered().Select((story, i) =>
        {
            var facts = Facts(story);
            var (singular, plural) = facts.Pronouns(SectionKind.Task, SectionKind.Action);
            var seconds = facts.SpokenSeconds;
            return new CoverageStoryView(
                i + 1, story.Title, Links.Relative(CoveragePath, Links.StoryPath(story.Slug)),
                story.Level?.Title() ?? "", story.Level is { } l ? (int)l : -1,
                seconds, StoryProse.Duration(seconds), singular, plural, facts.Figures,
                _warnings.GetValueOrDefault(story.SourcePath),
                inCompetency.Select(set => set.Contains(story)).ToList());
        }).ToList();
        var columns = _index.Competencies
            .Select(c => new CoverageColumnView(c.Title, Links.Relative(CoveragePath, c.PagePath), c.Stories.Count, c.Stories.Count < StoriesPerCompetency))
            .ToList();
        var patterns = _index.Patterns
            .Select((p, i) => new CoveragePatternView(p.Title, Links.Relative(CoveragePath, p.PagePath), p.HighSignal, p.Stories.Count,
                stories.Select(s => inPattern[i].Contains(s)).ToList()))
            .ToList();
        var levels = _index.Levels
            .Select(l => new CoverageLevelView(l.Title, Links.Relative(CoveragePath, l.PagePath), l.Stories.Count, Math.Max(1, stories.Count)))
            .ToList();
        return new CoverageView(columns, rows, patterns, levels, CoverageGaps().ToList());
    }

    // Competencies with fewer than two stories and high-signal patterns with none, each with a next step.
    private IEnumerable<string> CoverageGaps()
    {
        foreach (var competency in _index.Competencies.Where(c => c.Stories.Count < StoriesPerCompetency))
        {
            var probes = _index.Patterns.Where(p => _config.FindPattern(p.Id)?.Competencies.Contains(competency.Id) == true).Take(2).Select(p => $"\"{p.Title}\"").ToList();
            var count = competency.Stories.Count == 0 ? "no story" : "only 1 story";
            yield return $"{competency.Title} has {count}; aim for {StoriesPerCompetency}." +
                (probes.Count > 0 ? $" A story for {string.Join(" or ", probes)} would show it." : "");
        }
        foreach (var pattern in _index.PatternGaps.Where(p => p.HighSignal))
        {
            yield return $"\"{pattern.Title}\" is asked often and has no story yet.";
        }
    }

    private QuestionsView QuestionsModel() => new(
        _index.PatternGaps.Count(),
        _index.PatternGaps.Count(p => p.HighSignal),
        _index.Patterns.Select(p => new QuestionView(
            p.Title,
            Links.Relative(QuestionsPath, p.PagePath),
            p.Prompts,
            p.HighSignal,
            p.Stories.Select(s => new NavLink(s.Title, Links.Relative(QuestionsPath, Links.StoryPath(s.Slug)), false)).ToList(),
            p.Id)).ToList());

    private AxisView AxisModel(Axis axis, string path) => new(
        axis.Title(),
        Descriptions.Axis(axis),
        _index.Terms(axis).Select(t => new TermSummaryView(
            t.Title, Links.Relative(path, t.PagePath), t.Description, t.Stories.Count, t.HighSignal, t.Stories.Count == 0)).ToList());

    private TermView TermModel(IndexTerm term) => new(
        term.Axis.Title(),
        Links.Relative(term.PagePath, $"{term.Axis.Folder()}/index.html"),
        term.Axis.Noun(),
        term.Title,
        term.Description,
        term.Prompts,
        term.HighSignal,
        term.Stories.Select(s => Card(s, term.PagePath)).ToList());

    private StoryView StoryModel(Story story, int position, string path, DiagnosticBag diagnostics)
    {
        var sections = new List<SectionView>();
        var ids = SectionAnchors.For(story.Sections);
        for (var i = 0; i < story.Sections.Count; i++)
        {
            var section = story.Sections[i];
            var id = ids[i];
            var title = section.Kind == SectionKind.Other ? section.Heading : section.Kind.Title();
            var kind = section.Kind == SectionKind.Other ? "other" : section.Kind.Anchor();
            sections.Add(new SectionView(id, title, kind, _markdown.ToHtml(section.Markdown, story.SourcePath, section.BodyLine, diagnostics)));
        }
        var metrics = story.Metrics.Count > 0 ? story.Metrics : [Facts(story).KeyMetric];
        NavLink? Neighbour(int at) => at >= 0 && at < _index.Stories.Count
            ? new NavLink(_index.Stories[at].Title, Links.Relative(path, Links.StoryPath(_index.Stories[at].Slug)), false)
            : null;

        return new StoryView(
            story.Title,
            story.Summary,
            LevelChip(story, path),
            Chips(story.Competencies, Axis.Competency, path),
            Chips(story.Patterns, Axis.Pattern, path),
            metrics.Where(m => m.Length > 0).Select(Text.Typography.Arrows).ToList(),
            Facts(story).TradeoffLine,
            sections.Any(s => s.Kind == SectionKind.Tradeoff.Anchor()) ? $"#{SectionKind.Tradeoff.Anchor()}" : "",
            story.Tags,
            _markdown.ToHtml(story.Preamble, story.SourcePath, story.BodyLine, diagnostics),
            sections,
            Neighbour(position - 1),
            Neighbour(position + 1),
            story.Draft)
        {
            Canonical = Absolute(path),
            ReviewEmail = _config.Email,
        };
    }

    // A card's links depend only on the depth of the page that lists it, so each story's card is built
    // and rendered once per depth (the home page, then every term page) instead of once per listing.
    private CardView Card(Story story, string fromPage) =>
        _cards.GetOrAdd((story, Links.Root(fromPage)), key => new Lazy<CardView>(() =>
        {
            var card = new CardView(
                story.Title,
                Links.Relative(fromPage, Links.StoryPath(story.Slug)),
                Facts(story).Hook,
                Facts(story).KeyMetric,
                LevelChip(story, fromPage),
                Chips(story.Competencies, Axis.Competency, fromPage),
                Chips(story.Patterns, Axis.Pattern, fromPage),
                story.Draft);
            return card with { Html = _templates.RenderPartial("card", card, _diagnostics) };
        })).Value;

    // Kept by the cache between serve rebuilds while the configuration and theme stay the same: a card depends
    // only on its story, the page depth, the index names (configuration) and the card partial (theme).
    private System.Collections.Concurrent.ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>> _cards = new(new CardKeyComparer());

    /// <summary>Stories by reference: Story is a record, and value equality over its sections is slow.</summary>
    internal sealed class CardKeyComparer : IEqualityComparer<(Story Story, string Root)>
    {
        public bool Equals((Story Story, string Root) x, (Story Story, string Root) y) =>
            ReferenceEquals(x.Story, y.Story) && string.Equals(x.Root, y.Root, StringComparison.Ordinal);

        public int GetHashCode((Story Story, string Root) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Story), StringComparer.Ordinal.GetHashCode(key.Root));
    }

    private ChipView? LevelChip(Story story, string fromPage) =>
        story.Level is { } level ? new ChipView(level.Title(), Links.Relative(fromPage, $"{Axis.Level.Folder()}/{level.Id()}.html"), "level") : null;

    // Ids the configuration does not define have no page; validation reports them, and they get no chip.
    private IReadOnlyList<ChipView> Chips(IEnumerable<string> ids, Axis axis, string fromPage) => ids
        .Select(id => _index.Find(axis, id))
        .OfType<IndexTerm>()
        .Select(t => new ChipView(t.Title, Links.Relative(fromPage, t.PagePath), axis.ToString().ToLowerInvariant()))
        .ToList();

    private static class Descriptions
    {
        public static string Home(SiteIndex index) => $"{index.Stories.Count} interview stories, indexed by question, competency and level.";

        public static string Axis(Axis axis) => axis switch
        {
            Indexing.Axis.Pattern => "What interviewers ask: each pattern collects the phrasings that mean the same question.",
            Indexing.Axis.Competency => "Why they ask: the competency an answer is graded on.",
            _ => "How big: the scope expected at each seniority level.",
        };
    }
}

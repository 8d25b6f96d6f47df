using System.Collections.Concurrent;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Rendering;

namespace Handbook.Pipeline;

/// <summary>
/// What one build can hand to the next (<c>serve</c> keeps one): stories are re-read only when their file
/// changed, and a story's page is re-rendered only when the story, its neighbours, the configuration or the
/// theme changed. Unchanged stories stay the same objects, so their facts, findings and search terms are reused.
/// Cached diagnostics are replayed, so a cached build reports exactly what a fresh one would.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Story? Story, IReadOnlyList<Diagnostic> Diagnostics)> _stories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (PageKey Key, OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics)> _pages = new(StringComparer.Ordinal);
    private (FileStamp Handbook, FileStamp Questions, HandbookConfig Config, IReadOnlyList<Diagnostic> Diagnostics)? _config;
    private readonly Lock _themeGate = new(); // guards the two below, which both follow the theme's version
    private (object Key, TemplateSet Set)? _templates;
    private (HandbookConfig Config, object Stamp, ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>> Cards)? _cards;

    /// <summary>The facts of each story (the analysis stage), kept while the story object lives.</summary>
    public Analysis.StoryAnalysis Analysis { get; } = new();

    /// <summary>The search terms of each story's text, kept while the story object lives.</summary>
    public Searching.SearchTermCache SearchTerms { get; } = new();

    /// <summary>Per-story rule findings, kept while the story object lives.</summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<Story, Validation.StoryFindings> Findings { get; } = new();

    /// <summary>The rules used with <see cref="Findings"/>; one set for the cache's life, so findings stay comparable.</summary>
    public Validation.RuleSet Rules { get; } = Validation.RuleSet.CreateDefault();

    /// <summary>Rendered pages already parsed for the link check, reused while their bytes stay the same.</summary>
    public Checking.LinkCache Links { get; } = new();

    /// <summary>How many story files were actually read (not served from the cache), since the cache was made.</summary>
    public int StoriesRead => _storiesRead;

    /// <summary>How many story pages were actually rendered (not reused), since the cache was made.</summary>
    public int PagesRendered => _pagesRendered;

    private int _storiesRead;
    private int _pagesRendered;

    /// <summary>The story at <paramref name="path"/>, read again only when its size or time changed.</summary>
    public Story? ReadStory(string path, DiagnosticBag diagnostics)
    {
        var stamp = FileStamp.Of(path);
        if (_stories.TryGetValue(path, out var cached) && cached.Stamp == stamp)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Story;
        }
        Interlocked.Increment(ref _storiesRead);
        var (story, found) = diagnostics.Recording(own => StoryReader.Read(path, own));
        _stories[path] = (stamp, story, found);
        return story;
    }

    /// <summary>Forgets the stories whose files are gone.</summary>
    public void Keep(IReadOnlyCollection<string> paths)
    {
        var kept = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _stories.Keys.Where(p => !kept.Contains(p))) _stories.TryRemove(path, out _);
    }

    /// <summary>The configuration, parsed again only when handbook.yml or questions.yml changed.</summary>
    public HandbookConfig LoadConfig(string input, IReadOnlyCollection<string> knownRules, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions = null)
    {
        var handbook = FileStamp.Of(Path.Combine(input, ConfigFiles.Handbook));
        var questions = FileStamp.Of(Path.Combine(input, ConfigFiles.Questions));
        if (_config is { } cached && cached.Handbook == handbook && cached.Questions == questions)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Config;
        }
        var (config, found) = diagnostics.Recording(own => ConfigLoader.Load(input, knownRules, own, knownOptions));
        _config = (handbook, questions, config, found);
        return config;
    }

    /// <summary>The compiled templates of <paramref name="theme"/>, compiled again only when its stamp changes.</summary>
    internal TemplateSet Templates(Theme theme, object stamp)
    {
        var key = (theme.Directory, theme.Overrides, stamp);
        lock (_themeGate)
        {
            if (_templates is { } cached && Equals(cached.Key, key)) return cached.Set;
            var set = new TemplateSet(theme);
            _templates = (key, set);
            return set;
        }
    }

    /// <summary>Rendered cards by story and page depth, emptied when the configuration or the theme changes.</summary>
    internal ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>> Cards(HandbookConfig config, object themeStamp)
    {
        lock (_themeGate)
        {
            if (_cards is { } cached && ReferenceEquals(cached.Config, config) && Equals(cached.Stamp, themeStamp)) return cached.Cards;
            var cards = new ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>>(new SiteRenderer.CardKeyComparer());
            _cards = (config, themeStamp, cards);
            return cards;
        }
    }

    /// <summary>A story page, rendered by <paramref name="render"/> only when its inputs changed.</summary>
    internal OutputFile? Page(string path, PageKey key, DiagnosticBag diagnostics, Func<DiagnosticBag, OutputFile?> render)
    {
        if (_pages.TryGetValue(path, out var cached) && cached.Key.Matches(key))
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.File;
        }
        Interlocked.Increment(ref _pagesRendered);
        var (file, found) = diagnostics.Recording(render);
        _pages[path] = (key, file, found);
        return file;
    }

    /// <summary>A file's size and last write time: enough to tell an edit from no edit.</summary>
    internal readonly record struct FileStamp(long Length, DateTime Written)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
        }
    }
}

/// <summary>What a story page depends on, compared by identity: unchanged inputs are the very same objects.</summary>
internal sealed record PageKey(Story Story, Story? Previous, Story? Next, HandbookConfig Config, object Theme)
{
    public bool Matches(PageKey other) =>
        ReferenceEquals(Story, other.Story) && ReferenceEquals(Previous, other.Previous) && ReferenceEquals(Next, other.Next)
        && ReferenceEquals(Config, other.Config) && Equals(Theme, other.Theme);
}

using System.Collections.Concurrent;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Publishing;

namespace Handbook.Rendering;

/// <summary>
/// What one render can hand to the next (<c>serve</c>'s build cache keeps one): the compiled templates until the
/// theme changes, the cards until the configuration or theme changes, and each story page until the story, its
/// neighbours, the configuration or the theme change. Cached diagnostics are replayed.
/// </summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, (PageKey Key, OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics)> _pages = new(StringComparer.Ordinal);
    private readonly Lock _themeGate = new(); // guards the two below, which both follow the theme's version
    private (object Key, TemplateSet Set)? _templates;
    private (HandbookConfig Config, object Stamp, ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>> Cards)? _cards;
    private int _pagesRendered;

    /// <summary>How many story pages were actually rendered (not reused), since the cache was made.</summary>
    public int PagesRendered => _pagesRendered;

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
            var cards = new ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>>(new PageContext.CardKeyComparer());
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
}

/// <summary>What a story page depends on, compared by identity: unchanged inputs are the very same objects.</summary>
internal sealed record PageKey(Story Story, Story? Previous, Story? Next, HandbookConfig Config, object Theme)
{
    public bool Matches(PageKey other) =>
        ReferenceEquals(Story, other.Story) && ReferenceEquals(Previous, other.Previous) && ReferenceEquals(Next, other.Next)
        && ReferenceEquals(Config, other.Config) && Equals(Theme, other.Theme);
}

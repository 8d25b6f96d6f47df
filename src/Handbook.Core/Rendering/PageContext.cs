using System.Collections.Concurrent;
using Handbook.Analysis;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;

namespace Handbook.Rendering;

/// <summary>
/// What page modules share during one render: the site index and configuration, and the helpers every page needs
/// (navigation, absolute links, story cards and chips), so a module never reaches into the renderer.
/// </summary>
public sealed class PageContext
{
    private readonly IReadOnlyList<NavEntry> _navigation;
    private readonly IReadOnlyDictionary<string, int> _warnings;
    private readonly ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>> _cards;
    private readonly Func<IReadOnlyCollection<string>> _written;

    internal PageContext(SiteIndex index, HandbookConfig config, Theme theme, TemplateSet templates, ThemeStrings strings, StoryMarkdown markdown, DiagnosticBag diagnostics,
        IReadOnlyList<NavEntry> navigation, IReadOnlyDictionary<string, int> warnings,
        ConcurrentDictionary<(Story Story, string Root), Lazy<CardView>> cards, object? themeStamp, Func<IReadOnlyCollection<string>> written)
    {
        Index = index;
        Config = config;
        Theme = theme;
        Templates = templates;
        Strings = strings;
        Markdown = markdown;
        Diagnostics = diagnostics;
        _navigation = navigation;
        _warnings = warnings;
        _cards = cards;
        ThemeStamp = themeStamp;
        _written = written;
    }

    /// <summary>The site index.</summary>
    public SiteIndex Index { get; }

    /// <summary>The configuration.</summary>
    public HandbookConfig Config { get; }

    /// <summary>The theme.</summary>
    public Theme Theme { get; }

    /// <summary>Where rendering problems go.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The copy the theme gives pages: titles, descriptions, sentences.</summary>
    public ThemeStrings Strings { get; }

    /// <summary>Renders a story's Markdown.</summary>
    public StoryMarkdown Markdown { get; }

    internal TemplateSet Templates { get; }

    // The theme's stamp when serve's cache keeps pages between builds; null otherwise.
    internal object? ThemeStamp { get; }

    /// <summary>The paths written so far: complete for the modules of <see cref="PageStage.Last"/>.</summary>
    public IReadOnlyCollection<string> Written => _written();

    /// <summary>
    /// A page titled and described by the strings under <paramref name="key"/> (<c>key.title</c>, <c>key.description</c>),
    /// with its layout's name as the body class.
    /// </summary>
    public PagePlan Page(string path, string layout, string key, Func<object> model) => new(path, layout, _ => model())
    {
        Title = Strings[$"{key}.title"],
        Description = Strings[$"{key}.description"],
        BodyClass = layout,
    };

    /// <summary>What the analysis stage worked out of a story, carried with the site index.</summary>
    public StoryFacts Facts(Story story) => Index.Analysis.Of(story);

    /// <summary>How many warnings the story at <paramref name="sourcePath"/> had before rendering began.</summary>
    public int WarningsIn(string sourcePath) => _warnings.GetValueOrDefault(sourcePath);

    /// <summary>The absolute address of a site path, or empty when the handbook has no baseUrl.</summary>
    public string Absolute(string path) => Config.BaseUrl.Length == 0 ? "" : $"{Config.BaseUrl}/{path}";

    /// <summary>The site navigation as seen from the page at <paramref name="path"/>.</summary>
    public IReadOnlyList<NavLink> Navigation(string path) => _navigation
        .Select(entry => new NavLink(entry.Title, Links.Relative(path, entry.Target),
            path == entry.Target || (entry.Section.Length > 0 && path.StartsWith(entry.Section, StringComparison.Ordinal))))
        .ToList();

    /// <summary>
    /// A story's card as listed on the page at <paramref name="fromPage"/>. A card's links depend only on the depth of
    /// the page that lists it, so each story's card is built and rendered once per depth instead of once per listing.
    /// </summary>
    public CardView Card(Story story, string fromPage) =>
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
            return card with { Html = Templates.RenderPartial("card", card, Diagnostics) };
        })).Value;

    /// <summary>The chip of a story's level, linked from <paramref name="fromPage"/>; null when it has none.</summary>
    public ChipView? LevelChip(Story story, string fromPage) =>
        story.Level is { } level ? new ChipView(level.Title(), Links.Relative(fromPage, $"{Axis.Level.Folder()}/{level.Id()}.html"), "level") : null;

    /// <summary>
    /// Chips of the index terms <paramref name="ids"/> on <paramref name="axis"/>, linked from <paramref name="fromPage"/>.
    /// Ids the configuration does not define have no page; validation reports them, and they get no chip.
    /// </summary>
    public IReadOnlyList<ChipView> Chips(IEnumerable<string> ids, Axis axis, string fromPage) => ids
        .Select(id => Index.Find(axis, id))
        .OfType<IndexTerm>()
        .Select(t => new ChipView(t.Title, Links.Relative(fromPage, t.PagePath), axis.ToString().ToLowerInvariant()))
        .ToList();

    /// <summary>Stories by reference: Story is a record, and value equality over its sections is slow.</summary>
    internal sealed class CardKeyComparer : IEqualityComparer<(Story Story, string Root)>
    {
        public bool Equals((Story Story, string Root) x, (Story Story, string Root) y) =>
            ReferenceEquals(x.Story, y.Story) && string.Equals(x.Root, y.Root, StringComparison.Ordinal);

        public int GetHashCode((Story Story, string Root) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Story), StringComparer.Ordinal.GetHashCode(key.Root));
    }
}

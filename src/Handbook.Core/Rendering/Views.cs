namespace Handbook.Rendering;

// The typed models the templates see. Templates write the property names in snake_case, as Scriban renames
// them: Title is {{ title }}, KeyMetric is {{ key_metric }}, CardsHtml is {{ raw cards_html }}.

/// <summary>What the base layout needs to wrap any page.</summary>
public sealed record PageView(
    string Title,
    string Description,
    string Root,
    string SiteTitle,
    string Author,
    IReadOnlyList<NavLink> Nav,
    string BodyClass)
{
    /// <summary>The rendered page body, placed by the base layout with <c>{{ raw page.content }}</c>.</summary>
    public IHtmlContent Content { get; init; } = EmptyHtml.Instance;

    /// <summary>The page's absolute address when the handbook has a <c>baseUrl</c>; empty otherwise.</summary>
    public string Canonical { get; init; } = "";

    /// <summary>True unless the handbook is public: asks search engines not to index the page.</summary>
    public bool NoIndex { get; init; } = true;

    /// <summary>The Open Graph type: <c>article</c> for stories, <c>website</c> otherwise.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>The browser tab title: the page title, then the site title unless they are the same.</summary>
    public string DocumentTitle => Title == SiteTitle ? Title : $"{Title} · {SiteTitle}";

    /// <summary>Whose handbook this is, for the footer: "Sam Rivera's interview handbook" (see <see cref="CreditLine"/>).</summary>
    public string Credit { get; init; } = "";

    /// <summary>The footer's credit: the strings' <c>site.credit</c> with the author, else the site title.</summary>
    public static string CreditLine(string author, string siteTitle, ThemeStrings strings) =>
        author.Length > 0 ? strings.Format("site.credit", ("author", author)) : siteTitle;
}

/// <summary>A link in the site navigation.</summary>
public sealed record NavLink(string Title, string Href, bool Current);

/// <summary>A link to an index term, shown as a chip.</summary>
public sealed record ChipView(string Title, string Href, string Kind);

/// <summary>A story as a card on a listing page.</summary>
public sealed record CardView(
    string Title,
    string Href,
    string Summary,
    string KeyMetric,
    ChipView? Level,
    IReadOnlyList<ChipView> Competencies,
    IReadOnlyList<ChipView> Patterns,
    bool Draft)
{
    /// <summary>
    /// The card rendered once through the theme's <c>card</c> partial, for listing pages to place with
    /// <c>{{ raw card.html }}</c>: a story is listed on many pages, and its card is the same on every page of one depth.
    /// </summary>
    public string Html { get; init; } = "";
}

/// <summary>
/// A page that lists story cards. Templates place them with <c>{{ raw cards_html }}</c>, which writes each card's
/// <see cref="CardView.Html"/> straight to the page, or loop over <c>cards</c>.
/// </summary>
public interface ICardList
{
    /// <summary>The cards, in order.</summary>
    IReadOnlyList<CardView> Cards { get; }

    /// <summary>Every card as rendered by the card partial, written one by one when placed.</summary>
    CardsHtml CardsHtml { get; }
}

/// <summary>No HTML.</summary>
internal sealed class EmptyHtml : IHtmlContent
{
    public static readonly EmptyHtml Instance = new();

    public bool IsEmpty => true;

    public void WriteTo(TextWriter writer)
    {
    }

    public override string ToString() => "";
}

/// <summary>
/// The home page. <c>PatternCount</c> counts the question patterns at least one story answers, <c>GapCount</c>
/// those no story answers yet, and <c>QuestionsHref</c> leads to the question bank's list of gaps.
/// </summary>
public sealed record HomeView(string Title, string Author, int StoryCount, int PatternCount, int GapCount, string QuestionsHref, string CoverageHref, IReadOnlyList<CardView> Cards)
    : ICardList
{
    /// <summary>The story count in words ("8 stories"), from the strings file.</summary>
    public string StoriesLabel { get; init; } = "";

    /// <summary>The answered patterns in words ("16 question patterns").</summary>
    public string PatternsLabel { get; init; } = "";

    /// <summary>The unanswered patterns in words ("2 patterns still need a story").</summary>
    public string GapsLabel { get; init; } = "";

    /// <inheritdoc />
    public CardsHtml CardsHtml => new(Cards);
}

/// <summary>One STAR section of a story page.</summary>
public sealed record SectionView(string Id, string Title, string Kind, string Html);

/// <summary>The page for a missing address: where to go instead.</summary>
public sealed record NotFoundView(string HomeHref, string SearchHref, string QuestionsHref);

/// <summary>A page that sends the reader on to a story's new address.</summary>
public sealed record RedirectView(string Title, string Target, string Canonical);

/// <summary>A story page.</summary>
public sealed record StoryView(
    string Title,
    string Summary,
    ChipView? Level,
    IReadOnlyList<ChipView> Competencies,
    IReadOnlyList<ChipView> Patterns,
    IReadOnlyList<string> Metrics,
    string Tradeoff,
    string TradeoffHref,
    IReadOnlyList<string> Tags,
    string PreambleHtml,
    IReadOnlyList<SectionView> Sections,
    NavLink? Previous,
    NavLink? Next,
    bool Draft)
{
    /// <summary>The story's absolute address when the handbook has a <c>baseUrl</c> (copy-link uses it); empty otherwise.</summary>
    public string Canonical { get; init; } = "";

    /// <summary>Where the review panel's "Email review" goes; may be empty.</summary>
    public string ReviewEmail { get; init; } = "";
}

/// <summary>An index page: one competency, pattern or level and its stories.</summary>
public sealed record TermView(
    string AxisTitle,
    string AxisHref,
    string Noun,
    string Title,
    string Description,
    IReadOnlyList<string> Prompts,
    bool HighSignal,
    IReadOnlyList<CardView> Cards) : ICardList
{
    /// <inheritdoc />
    public CardsHtml CardsHtml => new(Cards);
}

/// <summary>A term's line on an axis overview page.</summary>
public sealed record TermSummaryView(string Title, string Href, string Description, int Count, bool HighSignal, bool Gap)
{
    /// <summary>The story count in words ("3 stories", "no story yet"), from the strings file.</summary>
    public string CountLabel { get; init; } = "";
}

/// <summary>The overview page of one axis.</summary>
public sealed record AxisView(string Title, string Intro, IReadOnlyList<TermSummaryView> Terms);

/// <summary>A pattern on the question bank page; <c>Anchor</c> is its id on that page.</summary>
public sealed record QuestionView(string Title, string Href, IReadOnlyList<string> Prompts, bool HighSignal, IReadOnlyList<NavLink> Stories, string Anchor = "")
{
    /// <summary>True when no story answers the pattern.</summary>
    public bool Gap => Stories.Count == 0;
}

/// <summary>The question bank page.</summary>
public sealed record QuestionsView(int GapCount, int HighSignalGapCount, IReadOnlyList<QuestionView> Questions)
{
    /// <summary>The patterns no story answers, high-signal ones first, for the list at the top of the page.</summary>
    public IReadOnlyList<QuestionView> Gaps => Questions.Where(q => q.Gap).OrderByDescending(q => q.HighSignal).ToList();

    /// <summary>The unanswered patterns in words ("2 patterns have no story"), from the strings file.</summary>
    public string GapsLabel { get; init; } = "";
}

/// <summary>What every template sees as <c>site</c>: the handbook's title and author, and its stories and index terms.</summary>
public sealed record SiteView(
    string Title,
    string Author,
    IReadOnlyList<SiteStoryView> Stories,
    IReadOnlyList<SiteTermView> Competencies,
    IReadOnlyList<SiteTermView> Patterns,
    IReadOnlyList<SiteTermView> Levels);

/// <summary>
/// A published story as <c>site.stories</c> lists it. <see cref="Url"/> is relative to the site root, so a template
/// links to it with <c>{{ page.root }}{{ story.url }}</c> from any depth.
/// </summary>
public sealed record SiteStoryView(
    string Title,
    string Url,
    SiteTermView? Level,
    string Summary,
    IReadOnlyList<string> Metrics,
    string Tradeoff,
    IReadOnlyList<SiteTermView> Competencies,
    IReadOnlyList<SiteTermView> Patterns)
{
    /// <summary>The story's slug (its file name without <c>.md</c>, or its <c>slug:</c>).</summary>
    public string Slug { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => Title;
}

/// <summary>
/// A competency, question pattern or level as <c>site.competencies</c>, <c>site.patterns</c> and <c>site.levels</c>
/// list it, with its stories. <see cref="Url"/> is relative to the site root.
/// </summary>
public sealed record SiteTermView(string Id, string Title, string Url)
{
    /// <summary>The published stories filed under this term, in site order (filled in once every story exists).</summary>
    public IReadOnlyList<SiteStoryView> Stories { get; internal set; } = [];

    /// <inheritdoc />
    public override string ToString() => Title;
}

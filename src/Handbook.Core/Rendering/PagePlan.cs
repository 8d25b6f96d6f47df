using Handbook.Diagnostics;

namespace Handbook.Rendering;

/// <summary>When the renderer renders a page module's pages.</summary>
public enum PageStage
{
    /// <summary>First, in parallel: the story pages, which serve shows as soon as they are ready.</summary>
    Stories,

    /// <summary>Next, in parallel with the modules' data files: every other page the handbook writes.</summary>
    Pages,

    /// <summary>Last, one at a time, planned once every other page is written: pages that must not replace one.</summary>
    Last,
}

/// <summary>How a planned page's template is rendered.</summary>
public enum PageFrame
{
    /// <summary>A layout (<c>layouts/&lt;name&gt;</c>) wrapped in the base layout.</summary>
    Layout,

    /// <summary>A page template under <c>pages/</c> wrapped in the base layout; its model is what it sees as <c>site</c>.</summary>
    PageTemplate,

    /// <summary>A layout alone, not wrapped (a redirect page).</summary>
    Bare,
}

/// <summary>
/// One page a page module plans: where it goes, which template renders it and the model it gets, and what the base
/// layout says about it. The renderer decides when it is rendered; the model is made then, on the rendering thread.
/// </summary>
/// <param name="Path">The output path.</param>
/// <param name="Template">The layout's name (<c>home</c>), or a page template's theme-relative path for <see cref="PageFrame.PageTemplate"/>.</param>
/// <param name="Model">Makes the model, reporting into the bag it is given (a story's Markdown has findings).</param>
public sealed record PagePlan(string Path, string Template, Func<DiagnosticBag, object> Model)
{
    /// <summary>The page title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The page description, for search results and link previews.</summary>
    public string Description { get; init; } = "";

    /// <summary>The class on the page's body.</summary>
    public string BodyClass { get; init; } = "";

    /// <summary>How the template is rendered.</summary>
    public PageFrame Frame { get; init; } = PageFrame.Layout;

    /// <summary>The story file that fills the page, or null: named when a link on the page is broken.</summary>
    public string? Source { get; init; }

    /// <summary>False for a page that has no address of its own (the 404 page): no canonical link.</summary>
    public bool Canonical { get; init; } = true;

    /// <summary>Whether search engines are asked not to index the page; null for the handbook's setting (not public).</summary>
    public bool? NoIndex { get; init; }

    /// <summary>The Open Graph type.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>What the page depends on, when serve's render cache may reuse it; null to render it every time.</summary>
    internal PageKey? CacheKey { get; init; }
}

/// <summary>An entry of the site navigation: a page, and the folder whose pages count as inside it.</summary>
/// <param name="Title">The label.</param>
/// <param name="Target">The site path it leads to.</param>
/// <param name="Section">A folder prefix (<c>stories/</c>) whose pages show the entry as current; empty for none.</param>
public sealed record NavEntry(string Title, string Target, string Section = "");

/// <summary>
/// A kind of page (home, story, cheat sheet...): plans its outputs, and names its navigation entries. The pipeline
/// registers the modules in order; the renderer only schedules them. Feature folders own their pages.
/// </summary>
public interface IPageModule
{
    /// <summary>When the module's pages are rendered.</summary>
    PageStage Stage => PageStage.Pages;

    /// <summary>The module's entries in the site navigation, labelled from <paramref name="strings"/>, shown in registration order.</summary>
    IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [];

    /// <summary>The module's pages; called once per render, at its <see cref="Stage"/>.</summary>
    IEnumerable<PagePlan> Plan(PageContext context);
}

using Handbook.Rendering;
using Handbook.Rendering.Pages;
using Handbook.Targets;

namespace Handbook.Pipeline;

/// <summary>
/// The page modules of a handbook, registered in order: the order of the site navigation, each module adding its
/// entries. The renderer renders the story pages first and the template pages last, whatever their place here.
/// </summary>
public static class SitePages
{
    /// <summary>Every page kind, with the target pages of <paramref name="targets"/>.</summary>
    public static IReadOnlyList<IPageModule> For(IReadOnlyList<TargetPlan>? targets = null) =>
    [
        new HomePage(),
        new QuestionsPage(),
        new AxisPages(),
        new Practice.PracticePage(targets ?? []),
        new Cheatsheet.CheatsheetPage(),
        new Coverage.CoveragePage(),
        new TargetPages(targets ?? []),
        new Searching.SearchPage(),
        new StoryPages(),
        new NotFoundPage(),
        new RedirectPages(),
        new TemplatePages(),
    ];
}

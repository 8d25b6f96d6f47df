using Handbook.Indexing;

namespace Handbook.Rendering.Pages;

/// <summary>The question bank: every question pattern, its phrasings, and the stories that answer it.</summary>
public sealed class QuestionsPage : IPageModule
{
    // One entry for the questions: the bank lists every pattern, and each pattern's page is "in" it.
    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [new(strings["nav.questions"], SiteRenderer.QuestionsPath, $"{Axis.Pattern.Folder()}/")];

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        const string path = SiteRenderer.QuestionsPath;
        var index = context.Index;
        yield return context.Page(path, "questions", "questions", () => new QuestionsView(
            index.PatternGaps.Count(),
            index.PatternGaps.Count(p => p.HighSignal),
            index.Patterns.Select(p => new QuestionView(
                p.Title,
                Links.Relative(path, p.PagePath),
                p.Prompts,
                p.HighSignal,
                p.Stories.Select(s => new NavLink(s.Title, Links.Relative(path, Links.StoryPath(s.Slug)), false)).ToList(),
                p.Id)).ToList())
        {
            GapsLabel = context.Strings.Count("questions.gaps", index.PatternGaps.Count()),
        });
    }
}

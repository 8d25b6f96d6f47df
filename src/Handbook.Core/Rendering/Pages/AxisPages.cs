using Handbook.Indexing;

namespace Handbook.Rendering.Pages;

/// <summary>The overview of each axis (patterns, competencies, levels) and a page per term, listing its stories.</summary>
public sealed class AxisPages : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) =>
    [
        new(strings[Key(Axis.Competency, "title")], Overview(Axis.Competency), $"{Axis.Competency.Folder()}/"),
        new(strings[Key(Axis.Level, "title")], Overview(Axis.Level), $"{Axis.Level.Folder()}/"),
    ];

    private static string Overview(Axis axis) => $"{axis.Folder()}/index.html";

    // The strings of an axis: axes.competency.title.
    private static string Key(Axis axis, string name) => $"axes.{axis.ToString().ToLowerInvariant()}.{name}";

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        foreach (var axis in Axes.All)
        {
            var overview = Overview(axis);
            var (title, noun, description) = (context.Strings[Key(axis, "title")], context.Strings[Key(axis, "noun")], context.Strings[Key(axis, "description")]);
            yield return new PagePlan(overview, "axis", _ => new AxisView(
                title,
                description,
                context.Index.Terms(axis).Select(t => new TermSummaryView(
                    t.Title, Links.Relative(overview, t.PagePath), t.Description, t.Stories.Count, t.HighSignal, t.Stories.Count == 0)
                {
                    CountLabel = context.Strings.Count("axes.stories", t.Stories.Count),
                }).ToList()))
            {
                Title = title,
                Description = description,
                BodyClass = "axis",
            };
            foreach (var term in context.Index.Terms(axis))
            {
                yield return new PagePlan(term.PagePath, "term", _ => new TermView(
                    title,
                    Links.Relative(term.PagePath, overview),
                    noun,
                    term.Title,
                    term.Description,
                    term.Prompts,
                    term.HighSignal,
                    term.Stories.Select(s => context.Card(s, term.PagePath)).ToList()))
                {
                    Title = context.Strings.Format("term.title", ("term", term.Title), ("axis", noun)),
                    Description = term.Description,
                    BodyClass = "term",
                };
            }
        }
    }
}

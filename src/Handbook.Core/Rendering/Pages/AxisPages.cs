using Handbook.Indexing;

namespace Handbook.Rendering.Pages;

/// <summary>The overview of each axis (patterns, competencies, levels) and a page per term, listing its stories.</summary>
public sealed class AxisPages : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) =>
    [
        new(Axis.Competency.Title(), Overview(Axis.Competency), $"{Axis.Competency.Folder()}/"),
        new(Axis.Level.Title(), Overview(Axis.Level), $"{Axis.Level.Folder()}/"),
    ];

    private static string Overview(Axis axis) => $"{axis.Folder()}/index.html";

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        foreach (var axis in Axes.All)
        {
            var overview = Overview(axis);
            yield return new PagePlan(overview, "axis", _ => new AxisView(
                axis.Title(),
                Description(context, axis),
                context.Index.Terms(axis).Select(t => new TermSummaryView(
                    t.Title, Links.Relative(overview, t.PagePath), t.Description, t.Stories.Count, t.HighSignal, t.Stories.Count == 0)
                {
                    CountLabel = context.Strings.Count("axes.stories", t.Stories.Count),
                }).ToList()))
            {
                Title = axis.Title(),
                Description = Description(context, axis),
                BodyClass = "axis",
            };
            foreach (var term in context.Index.Terms(axis))
            {
                yield return new PagePlan(term.PagePath, "term", _ => new TermView(
                    term.Axis.Title(),
                    Links.Relative(term.PagePath, Overview(term.Axis)),
                    term.Axis.Noun(),
                    term.Title,
                    term.Description,
                    term.Prompts,
                    term.HighSignal,
                    term.Stories.Select(s => context.Card(s, term.PagePath)).ToList()))
                {
                    Title = context.Strings.Format("term.title", ("term", term.Title), ("axis", axis.Noun())),
                    Description = term.Description,
                    BodyClass = "term",
                };
            }
        }
    }

    private static string Description(PageContext context, Axis axis) => context.Strings[$"axes.{axis.ToString().ToLowerInvariant()}"];
}

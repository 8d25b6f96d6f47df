using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;

namespace Handbook.Rendering.Pages;

/// <summary>A page per published story, rendered first and reused by serve's cache while its inputs stay the same.</summary>
public sealed class StoryPages : IPageModule
{
    /// <inheritdoc />
    public PageStage Stage => PageStage.Stories;

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        var stories = context.Index.Stories;
        for (var i = 0; i < stories.Count; i++)
        {
            var position = i;
            var story = stories[i];
            var path = Links.StoryPath(story.Slug);
            yield return new PagePlan(path, "story", diagnostics => Model(context, story, position, path, diagnostics))
            {
                Title = story.Title,
                Description = context.Facts(story).Hook,
                BodyClass = "story",
                OgType = "article",
                Source = story.SourcePath,
                CacheKey = context.ThemeStamp is { } stamp
                    ? new PageKey(story, position > 0 ? stories[position - 1] : null, position + 1 < stories.Count ? stories[position + 1] : null, context.Config, stamp)
                    : null,
            };
        }
    }

    private static StoryView Model(PageContext context, Story story, int position, string path, DiagnosticBag diagnostics)
    {
        var stories = context.Index.Stories;
        var facts = context.Facts(story);
        var sections = new List<SectionView>();
        var ids = SectionAnchors.For(story.Sections);
        for (var i = 0; i < story.Sections.Count; i++)
        {
            var section = story.Sections[i];
            var title = section.Kind == SectionKind.Other ? section.Heading : section.Kind.Title();
            var kind = section.Kind == SectionKind.Other ? "other" : section.Kind.Anchor();
            sections.Add(new SectionView(ids[i], title, kind, context.Markdown.ToHtml(section.Markdown, story.SourcePath, section.BodyLine, diagnostics)));
        }
        var metrics = story.Metrics.Count > 0 ? story.Metrics : [facts.KeyMetric];
        NavLink? Neighbour(int at) => at >= 0 && at < stories.Count
            ? new NavLink(stories[at].Title, Links.Relative(path, Links.StoryPath(stories[at].Slug)), false)
            : null;

        return new StoryView(
            story.Title,
            story.Summary,
            context.LevelChip(story, path),
            context.Chips(story.Competencies, Axis.Competency, path),
            context.Chips(story.Patterns, Axis.Pattern, path),
            metrics.Where(m => m.Length > 0).Select(Text.Typography.Arrows).ToList(),
            facts.TradeoffLine,
            sections.Any(s => s.Kind == SectionKind.Tradeoff.Anchor()) ? $"#{SectionKind.Tradeoff.Anchor()}" : "",
            story.Tags,
            context.Markdown.ToHtml(story.Preamble, story.SourcePath, story.BodyLine, diagnostics),
            sections,
            Neighbour(position - 1),
            Neighbour(position + 1),
            story.Draft)
        {
            Canonical = context.Absolute(path),
            ReviewEmail = context.Config.Email,
        };
    }
}

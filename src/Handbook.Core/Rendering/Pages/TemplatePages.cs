using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;

namespace Handbook.Rendering.Pages;

/// <summary>
/// A template under pages/ becomes a page at the same relative path (pages/prep/amazon.sbn-html -> prep/amazon.html)
/// and sees the whole site. Planned last, so a template that would replace a page the handbook writes is reported
/// instead.
/// </summary>
public sealed class TemplatePages : IPageModule
{
    /// <inheritdoc />
    public PageStage Stage => PageStage.Last;

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        var taken = context.Written.ToHashSet(StringComparer.Ordinal);
        var site = new Lazy<SiteView>(() => Site(context));
        foreach (var template in context.Templates.PageTemplates())
        {
            var relative = template[(Theme.PagesFolder.Length + 1)..^Theme.TemplateExtension.Length];
            var path = relative + ".html";
            if (taken.Contains(path) || path == SiteRenderer.NotFoundPath || Reserved(path))
            {
                context.Diagnostics.Add(new Diagnostic(SourceLocation.File(context.Theme.Resolve(template)!), Severity.Error, Reading.RuleIds.Template,
                    $"this page template would replace `{path}`, which the handbook writes.",
                    $"rename the file, or override the page's own template under input/theme/{Theme.LayoutsFolder}/ instead."));
                continue;
            }
            yield return new PagePlan(path, template, _ => site.Value)
            {
                Title = TitleFromFileName(relative),
                BodyClass = "template",
                Frame = PageFrame.PageTemplate,
            };
        }
    }

    // Folders the handbook owns: a template page there would sit among pages it regenerates.
    private static bool Reserved(string path) =>
        path.StartsWith("stories/", StringComparison.Ordinal) || path.StartsWith($"{Theme.AssetsFolder}/", StringComparison.Ordinal);

    // "prep/amazon-loop" -> "Amazon loop": a default the template can replace with {{ page.title = "..." }}.
    private static string TitleFromFileName(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..].Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? relative : char.ToUpperInvariant(name[0]) + name[1..];
    }

    // What templates see as `site`.
    private static SiteView Site(PageContext context)
    {
        List<(IndexTerm Term, SiteTermView View)> Views(IEnumerable<IndexTerm> terms) => terms.Select(t => (t, new SiteTermView(t.Id, t.Title, t.PagePath))).ToList();
        Dictionary<string, SiteTermView> ById(List<(IndexTerm Term, SiteTermView View)> views)
        {
            var byId = new Dictionary<string, SiteTermView>(StringComparer.Ordinal);
            foreach (var (term, view) in views) byId.TryAdd(term.Id, view);
            return byId;
        }
        var competencyViews = Views(context.Index.Competencies);
        var patternViews = Views(context.Index.Patterns);
        var levelViews = Views(context.Index.Levels);
        var competencies = ById(competencyViews);
        var patterns = ById(patternViews);
        var levels = ById(levelViews);
        var stories = context.Index.Stories.ToDictionary(s => (object)s, s => new SiteStoryView(
            s.Title,
            Links.StoryPath(s.Slug),
            s.Level is { } level ? levels.GetValueOrDefault(level.Id()) : null,
            context.Facts(s).Hook,
            (s.Metrics.Count > 0 ? s.Metrics : [context.Facts(s).KeyMetric]).Where(m => m.Length > 0).ToList(),
            context.Facts(s).TradeoffLine,
            s.Competencies.Select(competencies.GetValueOrDefault).OfType<SiteTermView>().ToList(),
            s.Patterns.Select(patterns.GetValueOrDefault).OfType<SiteTermView>().ToList()) { Slug = s.Slug }, ReferenceEqualityComparer.Instance);
        IReadOnlyList<SiteTermView> Filled(List<(IndexTerm Term, SiteTermView View)> views)
        {
            foreach (var (term, view) in views) view.Stories = term.Stories.Select(s => stories[s]).ToList();
            return views.Select(v => v.View).ToList();
        }
        return new SiteView(context.Config.Title, context.Config.Author, context.Index.Stories.Select(s => stories[s]).ToList(),
            Filled(competencyViews), Filled(patternViews), Filled(levelViews));
    }
}

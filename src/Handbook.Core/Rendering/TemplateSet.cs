using Handbook.Diagnostics;
using Handbook.Reading;
using HandlebarsDotNet;

namespace Handbook.Rendering;

/// <summary>
/// The theme's templates, compiled once per build. Every partial under <c>partials/</c> is registered by
/// file name; page templates under <c>layouts/</c> are compiled on first use and cached.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The layout every page is wrapped in; it places the page with <c>{{{Content}}}</c>.</summary>
    public const string BaseLayout = "base";

    private readonly Theme _theme;
    private readonly IHandlebars _handlebars;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>?> _layouts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<HandlebarsTemplate<object, object>>> _partialCalls = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Loads the partials of <paramref name="theme"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public TemplateSet(Theme theme, DiagnosticBag diagnostics)
    {
        _theme = theme;
        _diagnostics = diagnostics;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var file in theme.Files(Theme.PartialsFolder).Where(f => f.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var source = theme.ReadText(file) ?? "";
            try
            {
                _handlebars.RegisterTemplate(name, source);
            }
            catch (HandlebarsException e)
            {
                Report(file, e);
            }
        }
    }

    /// <summary>
    /// Renders the page template <paramref name="layout"/> with <paramref name="model"/>, then wraps the
    /// result in the base layout with <paramref name="page"/>. Null when a template is missing or fails.
    /// </summary>
    public string? RenderPage(string layout, object model, PageView page)
    {
        var content = Render(layout, model);
        return content is null ? null : Render(BaseLayout, page with { Content = content });
    }

    /// <summary>Renders the partial <paramref name="name"/> alone; empty (and a diagnostic) when it fails.</summary>
    public string RenderPartial(string name, object model)
    {
        var template = _partialCalls.GetOrAdd(name, n => new Lazy<HandlebarsTemplate<object, object>>(() => _handlebars.Compile($"{{{{> {n}}}}}"))).Value;
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            Report($"{Theme.PartialsFolder}/{name}{Theme.TemplateExtension}", e);
            return "";
        }
    }

    /// <summary>Renders one layout; null (and a diagnostic) when it is missing or fails.</summary>
    public string? Render(string layout, object model)
    {
        var template = Layout(layout);
        if (template is null) return null;
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            Report(LayoutPath(layout), e);
            return null;
        }
    }

    private HandlebarsTemplate<object, object>? Layout(string name)
    {
        lock (_gate)
        {
            if (_layouts.TryGetValue(name, out var cached)) return cached;
            var path = LayoutPath(name);
            var source = _theme.ReadText(path);
            HandlebarsTemplate<object, object>? compiled = null;
            if (source is null)
            {
                _diagnostics.Add(SourceLocation.File(Path.Combine(_theme.Directory, path)), Severity.Error, RuleIds.Theme,
                    $"the theme has no `{path}` template.", "restore the file in the theme, or add it under input/theme/.");
            }
            else
            {
                try
                {
                    compiled = _handlebars.Compile(source);
                }
                catch (HandlebarsException e)
                {
                    Report(path, e);
                }
            }
            _layouts[name] = compiled;
            return compiled;
        }
    }

    private void Report(string relativePath, HandlebarsException e)
    {
        var file = _theme.Resolve(relativePath) ?? Path.Combine(_theme.Directory, relativePath);
        _diagnostics.Add(SourceLocation.File(file), Severity.Error, RuleIds.Theme,
            $"the template does not render: {e.Message.Split('\n')[0]}", "check the Handlebars syntax of this template.");
    }

    private static string LayoutPath(string name) => $"{Theme.LayoutsFolder}/{name}{Theme.TemplateExtension}";
}

using System.Collections.Concurrent;
using Handbook.Diagnostics;
using Handbook.Reading;
using HandlebarsDotNet;

namespace Handbook.Rendering;

/// <summary>
/// The theme's templates, compiled once per version of the theme (serve keeps them between rebuilds). Every
/// partial under <c>partials/</c> is registered by file name; page templates under <c>layouts/</c> are compiled
/// on first use and cached. Compile problems are kept in <see cref="Problems"/>, so every build that uses the
/// set reports them; render problems go to the bag of the render that met them.
/// </summary>
public sealed partial class TemplateSet
{
    /// <summary>The layout every page is wrapped in; it places the page with <c>{{{Content}}}</c>.</summary>
    public const string BaseLayout = "base";

    /// <summary>What listing templates write to place their cards: <c>{{{CardsHtml}}}</c>.</summary>
    public const string CardsHelper = nameof(ICardList.CardsHtml);

    private readonly Theme _theme;
    private readonly IHandlebars _handlebars;
    // A finished template is read without a lock; only compiling is serialized.
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>?>> _layouts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<object, object>>> _partialCalls = new(StringComparer.Ordinal);
    private readonly Lock _compileGate = new();
    private readonly ConcurrentQueue<Diagnostic> _problems = new();

    /// <summary>Loads and compiles the partials of <paramref name="theme"/>.</summary>
    public TemplateSet(Theme theme)
    {
        _theme = theme;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        // A listing page holds up to every card of the bank: each card's cached HTML goes to the page as it is,
        // never joined into one large string first.
        _handlebars.RegisterHelper(CardsHelper, (EncodedTextWriter output, Context context, Arguments _) =>
        {
            if (context.Value is not ICardList list) return;
            foreach (var card in list.Cards) output.Write(card.Html, false);
        });
        foreach (var file in theme.Files(Theme.PartialsFolder).Where(f => f.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var source = WithoutPartialIndent(theme.ReadText(file) ?? "");
            _partialsPlaceContentVerbatim &= PlacesContentOnlyVerbatim(source);
            try
            {
                _handlebars.RegisterTemplate(name, source);
            }
            catch (HandlebarsException e)
            {
                _problems.Enqueue(Problem(file, e));
            }
        }
    }

    /// <summary>
    /// Compiles every layout of the theme now rather than on first use. The pipeline calls it on another thread
    /// while stories are read and validated, which leave a core idle much of the time.
    /// </summary>
    public TemplateSet CompileAll()
    {
        foreach (var file in _theme.Files(Theme.LayoutsFolder).Where(f => f.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)))
        {
            Layout(Path.GetFileNameWithoutExtension(file));
        }
        return this;
    }

    /// <summary>The templates that did not compile (or are missing), so far.</summary>
    public IReadOnlyCollection<Diagnostic> Problems => _problems;

    /// <summary>
    /// Renders the page template <paramref name="layout"/> with <paramref name="model"/>, then wraps the
    /// result in the base layout with <paramref name="page"/>, as UTF-8. Null when a template is missing or fails.
    /// </summary>
    public byte[]? RenderPage(string layout, object model, PageView page, DiagnosticBag diagnostics)
    {
        using var content = new Utf8PageWriter();
        if (!TryRender(layout, model, content, diagnostics)) return null;
        using var frame = new Utf8PageWriter();
        if (PlacesContentVerbatim)
        {
            // The base layout is rendered around a marker that the page's bytes then replace, so the page is never a string.
            return TryRender(BaseLayout, page with { Content = ContentMarker }, frame, diagnostics) ? frame.Splice(ContentMarkerUtf8, content) : null;
        }
        var html = System.Text.Encoding.UTF8.GetString(content.Written);
        return TryRender(BaseLayout, page with { Content = html }, frame, diagnostics) ? frame.Written.ToArray() : null;
    }

    // Unique to this process, so no story text can contain it.
    private static readonly string ContentMarker = $"\u0001handbook-content-{Guid.NewGuid():N}\u0001";
    private static readonly byte[] ContentMarkerUtf8 = System.Text.Encoding.UTF8.GetBytes(ContentMarker);

    // The marker is only safe where the base layout (or a partial it calls) writes Content as it is, with
    // {{{Content}}}, and never tests, escapes or passes it on; otherwise the page goes in as a string.
    private bool PlacesContentVerbatim => _placesContentVerbatim ??= _partialsPlaceContentVerbatim
        && _theme.ReadText(LayoutPath(BaseLayout)) is { } layout && PlacesContentOnlyVerbatim(layout);
    private bool? _placesContentVerbatim;
    private readonly bool _partialsPlaceContentVerbatim = true; // worked out as the constructor reads the partials

    private static bool PlacesContentOnlyVerbatim(string source) =>
        source.AsSpan().Count("Content") == source.AsSpan().Count("{{{Content}}}");

    /// <summary>Renders the partial <paramref name="name"/> alone; empty (and a diagnostic) when it fails.</summary>
    public string RenderPartial(string name, object model, DiagnosticBag diagnostics)
    {
        var template = _partialCalls.GetOrAdd(name, n => new Lazy<HandlebarsTemplate<object, object>>(() =>
        {
            lock (_compileGate) return _handlebars.Compile($"{{{{> {n}}}}}");
        })).Value;
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(Problem($"{Theme.PartialsFolder}/{name}{Theme.TemplateExtension}", e));
            return "";
        }
    }

    /// <summary>Renders one layout; null (and a diagnostic) when it is missing or fails.</summary>
    public string? Render(string layout, object model, DiagnosticBag diagnostics)
    {
        using var writer = new StringWriter();
        return TryRender(layout, model, writer, diagnostics) ? writer.ToString() : null;
    }

    private bool TryRender(string layout, object model, TextWriter writer, DiagnosticBag diagnostics)
    {
        var template = Layout(layout);
        if (template is null) return false;
        try
        {
            template(writer, model, null!);
            return true;
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(Problem(LayoutPath(layout), e));
            return false;
        }
    }

    private HandlebarsTemplate<TextWriter, object, object>? Layout(string name) =>
        _layouts.GetOrAdd(name, n => new Lazy<HandlebarsTemplate<TextWriter, object, object>?>(() => Compile(n))).Value;

    private HandlebarsTemplate<TextWriter, object, object>? Compile(string name)
    {
        var path = LayoutPath(name);
        var source = _theme.ReadText(path) is { } text ? WithoutPartialIndent(text) : null;
        if (source is null)
        {
            _problems.Enqueue(new Diagnostic(SourceLocation.File(Path.Combine(_theme.Directory, path)), Severity.Error, RuleIds.Theme,
                $"the theme has no `{path}` template.", "restore the file in the theme, or add it under input/theme/."));
            return null;
        }
        try
        {
            lock (_compileGate) return _handlebars.Compile(new StringReader(source));
        }
        catch (HandlebarsException e)
        {
            _problems.Enqueue(Problem(path, e));
            return null;
        }
    }

    // Handlebars.Net 2.4 renders a partial called on an indented line ("  {{> chips}}") through a writer that does
    // not HTML-escape, so every {{value}} in it would go out raw. The indent only shapes white space: drop it.
    private static string WithoutPartialIndent(string source) => PartialIndent().Replace(source, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?\s*>)")]
    private static partial System.Text.RegularExpressions.Regex PartialIndent();

    private Diagnostic Problem(string relativePath, HandlebarsException e)
    {
        var file = _theme.Resolve(relativePath) ?? Path.Combine(_theme.Directory, relativePath);
        return new Diagnostic(SourceLocation.File(file), Severity.Error, RuleIds.Theme,
            $"the template does not render: {e.Message.Split('\n')[0]}", "check the Handlebars syntax of this template.");
    }

    private static string LayoutPath(string name) => $"{Theme.LayoutsFolder}/{name}{Theme.TemplateExtension}";
}

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Handbook.Diagnostics;
using Handbook.Reading;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handbook.Rendering;

/// <summary>
/// The theme's Scriban templates, parsed once per version of the theme (serve keeps them between rebuilds).
/// Layouts, partials and page templates are parsed on first use, or all at once by <see cref="CompileAll"/>.
/// Parse problems are kept in <see cref="Problems"/>, so every build that uses the set reports them; render
/// problems go to the bag of the render that met them. Every problem names the template file, line and column.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The layout every page is wrapped in; it places the page with <c>{{ raw page.content }}</c>.</summary>
    public const string BaseLayout = "base";

    /// <summary>The name of the function that marks a value as trusted HTML.</summary>
    public const string RawFunction = "raw";

    private readonly Theme _theme;
    private readonly ScriptObject _builtins;
    // Keyed by full path; a finished template is read by many pages at once (Scriban templates are immutable).
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Diagnostic> _problems = new(StringComparer.Ordinal);
    // Contexts are reused: each keeps what it learnt about the model types' members, which is costly to learn.
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];

    /// <summary>Prepares the templates of <paramref name="theme"/>; nothing is parsed until it is used.</summary>
    public TemplateSet(Theme theme)
    {
        _theme = theme;
        Loader = new ThemeTemplateLoader(theme);
        _builtins = new BuiltinFunctions();
        _builtins.SetValue(RawFunction, DelegateCustomFunction.CreateFunc<object?, TrustedHtml>(value => new TrustedHtml(value)), readOnly: true);
        _builtins.SetValue("include", new HtmlInclude((IScriptCustomFunction)_builtins["include"]!), readOnly: true);
    }

    /// <summary>Finds the files that includes name.</summary>
    internal ThemeTemplateLoader Loader { get; }

    /// <summary>
    /// Parses every template of the theme now rather than on first use. The pipeline calls it on another thread
    /// while stories are read and validated, which leave a core idle much of the time.
    /// </summary>
    public TemplateSet CompileAll()
    {
        foreach (var folder in new[] { Theme.LayoutsFolder, Theme.PartialsFolder, Theme.PagesFolder })
        {
            foreach (var file in _theme.Files(folder).Where(f => f.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)))
            {
                if (_theme.Resolve(file) is { } path) Parsed(path);
            }
        }
        return this;
    }

    /// <summary>The templates that did not parse (or are missing), so far, in file order.</summary>
    public IReadOnlyCollection<Diagnostic> Problems => _problems.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();

    /// <summary>The page templates of the theme and its overrides: paths relative to the theme, such as <c>pages/prep/amazon.sbn-html</c>.</summary>
    public IReadOnlyList<string> PageTemplates() =>
        _theme.Files(Theme.PagesFolder).Where(f => f.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Renders the layout <paramref name="layout"/> with <paramref name="model"/>'s fields as variables, then wraps
    /// the result in the base layout with <paramref name="page"/>, as UTF-8. Null when a template is missing or fails.
    /// </summary>
    public byte[]? RenderPage(string layout, object model, PageView page, DiagnosticBag diagnostics, object? site = null) =>
        RenderWrapped(LayoutPath(layout), model, page, diagnostics, site);

    /// <summary>
    /// Renders a page template (<paramref name="relativePath"/> under <c>pages/</c>) wrapped in the base layout.
    /// The template sees <c>site</c> and <c>page</c>, and may set <c>page.title</c> and <c>page.description</c>.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimJustification)]
    public byte[]? RenderTemplatePage(string relativePath, PageView page, object site, DiagnosticBag diagnostics)
    {
        var pageObject = new ScriptObject();
        pageObject.Import(page, renamer: StandardMemberRenamer.Default);
        var bytes = RenderWrapped(relativePath, new { }, page, diagnostics, site, pageObject);
        return bytes;
    }

    private byte[]? RenderWrapped(string relativePath, object model, PageView page, DiagnosticBag diagnostics, object? site, ScriptObject? pageObject = null)
    {
        using var content = new Utf8PageWriter();
        if (!TryRender(relativePath, model, pageObject ?? (object)page, site, content, diagnostics)) return null;
        if (pageObject is not null)
        {
            // A page template names its own page: {{ page.title = "Amazon loop" }}.
            page = page with
            {
                Title = pageObject.GetSafeValue<string>("title") ?? page.Title,
                Description = pageObject.GetSafeValue<string>("description") ?? page.Description,
            };
        }
        using var frame = new Utf8PageWriter();
        var wrapped = page with { Content = new PageBody(content) };
        return TryRender(LayoutPath(BaseLayout), new { }, wrapped, site, frame, diagnostics) ? frame.Written.ToArray() : null;
    }

    /// <summary>Renders the partial <paramref name="name"/> alone; empty (and a diagnostic) when it fails.</summary>
    public string RenderPartial(string name, object model, DiagnosticBag diagnostics)
    {
        using var writer = new StringWriter();
        return TryRender($"{Theme.PartialsFolder}/{name}{Theme.TemplateExtension}", model, null, null, writer, diagnostics) ? writer.ToString() : "";
    }

    /// <summary>Renders one layout alone (no base layout); null (and a diagnostic) when it is missing or fails.</summary>
    public string? Render(string layout, object model, DiagnosticBag diagnostics)
    {
        using var writer = new StringWriter();
        return TryRender(LayoutPath(layout), model, null, null, writer, diagnostics) ? writer.ToString() : null;
    }

    private bool TryRender(string relativePath, object model, object? page, object? site, TextWriter writer, DiagnosticBag diagnostics)
    {
        var fullPath = _theme.Resolve(relativePath);
        if (fullPath is null)
        {
            _problems.TryAdd(Path.Combine(_theme.Directory, relativePath), new Diagnostic(SourceLocation.File(Path.Combine(_theme.Directory, relativePath)), Severity.Error, RuleIds.Theme,
                $"the theme has no `{relativePath}` template.", "restore the file in the theme, or add it under input/theme/."));
            return false;
        }
        var template = Parsed(fullPath);
        if (template is null) return false;
        var members = Members.For(model.GetType());
        var globals = new ScriptObject(members.Length + 2);
        foreach (var (name, property) in members) globals.SetValue(name, property.GetValue(model), readOnly: false);
        if (page is not null) globals.SetValue("page", page, readOnly: false);
        if (site is not null) globals.SetValue("site", site, readOnly: true);
        var context = _contexts.TryTake(out var pooled) ? pooled : new HtmlTemplateContext(this, _builtins);
        context.PushGlobal(globals);
        context.PushOutput(new WriterOutput(writer));
        try
        {
            RenderInto(context, template, fullPath);
            // Only a context that finished cleanly goes back: a failed one may hold half a loop or include.
            context.PopOutput();
            context.PopGlobal();
            _contexts.Add(context);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(Problem(e.Span.FileName is { Length: > 0 } file ? file : fullPath, e.Span.Start, e.OriginalMessage));
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or FormatException or NullReferenceException or IndexOutOfRangeException)
        {
            // Scriban wraps most errors with a position; the rest still name the template.
            diagnostics.Add(Problem(fullPath, default, e.Message));
            return false;
        }
    }

    /// <summary>The parsed template at <paramref name="fullPath"/>; null (and a problem) when it does not parse.</summary>
    internal Template? Parsed(string fullPath) =>
        _parsed.GetOrAdd(fullPath, path => new Lazy<Template?>(() => Parse(path))).Value;

    private Template? Parse(string fullPath)
    {
        var source = _theme.ReadFullPath(fullPath);
        if (source is null) return null;
        var template = Template.Parse(source, fullPath);
        if (!template.HasErrors) return template;
        var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
        _problems.TryAdd(fullPath, Problem(first.Span.FileName is { Length: > 0 } file ? file : fullPath, first.Span.Start, first.Message));
        return null;
    }

    private static Diagnostic Problem(string file, TextPosition at, string message) =>
        new(new SourceLocation(file, Math.Max(at.Line, 0) + 1, Math.Max(at.Column, 0) + 1), Severity.Error, RuleIds.Template,
            $"{message.Split('\n')[0].TrimEnd('.')}.", "fix the template, or remove the file from input/theme/ to use the theme's own.");

    private static string LayoutPath(string name) => $"{Theme.LayoutsFolder}/{name}{Theme.TemplateExtension}";

    /// <summary>
    /// Scriban's <c>include</c>, with HTML in mind. An include that is a statement of its own, <c>{{ include 'card' }}</c>,
    /// renders straight into the page. Anywhere else (assigned, piped, with named arguments) Scriban renders it to a
    /// string, which is escaped already as it was written, so it is placed as it is rather than escaped a second time.
    /// </summary>
    private sealed class HtmlInclude(IScriptCustomFunction include) : IScriptCustomFunction
    {
        public int RequiredParameterCount => include.RequiredParameterCount;

        public int ParameterCount => include.ParameterCount;

        public ScriptVarParamKind VarParamKind => include.VarParamKind;

        public Type ReturnType => typeof(TrustedHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count == 1 && context.EnableOutput && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
                && !call.Arguments.Any(a => a is ScriptNamedArgument))
            {
                WriteInPlace(context, call, arguments);
                return null;
            }
            return new TrustedHtml(include.Invoke(context, callerContext, arguments, blockStatement));
        }

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new TrustedHtml(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

        // What Scriban's include does (its own variables, $ arguments, the recursion limit), minus the string.
        private static void WriteInPlace(TemplateContext context, ScriptFunctionCall call, ScriptArray arguments)
        {
            var name = context.ObjectToString(arguments[0]);
            var path = context.GetTemplatePathFromName(name, call) ?? throw new ScriptRuntimeException(call.Span, $"there is no template `{name}`.");
            var template = context.GetOrCreateTemplate(path, call);
            context.EnterRecursive(call);
            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, true, true);
                RenderInto(context, template, path);
            }
            finally
            {
                context.PopLocal();
                context.ExitRecursive(call);
            }
        }
    }

    // Templates read their models' properties by reflection (here and in Scriban). Every model is a type of this
    // assembly, which the ahead-of-time compiled tool keeps whole (TrimmerRootAssembly in src/Handbook/Handbook.csproj).
    private const string TrimJustification = "Template models are types of Handbook.Core, which the native build keeps whole.";

    /// <summary>A model type's public properties under the names templates use, worked out once per type.</summary>
    private static class Members
    {
        private static readonly ConcurrentDictionary<Type, (string Name, System.Reflection.PropertyInfo Property)[]> ByType = new();

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = TrimJustification)]
        public static (string Name, System.Reflection.PropertyInfo Property)[] For(Type type) => ByType.GetOrAdd(type, t => t
            .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Select(p => (StandardMemberRenamer.Rename(p.Name), p))
            .ToArray());
    }

    /// <summary>Evaluates a template into the context's output without reading the output back as a string.</summary>
    private static void RenderInto(TemplateContext context, Template template, string path)
    {
        context.PushSourceFile(path);
        try
        {
            if (template.Page is { } body && context.Evaluate(body) is { } last) context.Write(body.Span, last);
        }
        finally
        {
            context.PopSourceFile();
        }
    }
}

using System.Buffers;
using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handbook.Rendering;

/// <summary>
/// The Scriban context every theme template renders in: settings for a site generator rather than for untrusted
/// scripts, and HTML escaping of every <c>{{ expression }}</c> unless the value went through <c>raw</c>.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Iterations allowed in one loop: far above any handbook (a 10,000-story coverage matrix writes 100,000
    /// cells), low enough that a <c>while true</c> in a theme ends with an error instead of hanging the build.
    /// </summary>
    public const int MaxLoopIterations = 100_000_000;

    /// <summary>How deep includes and template functions may call each other.</summary>
    public const int MaxRecursion = 64;

    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'");

    private readonly TemplateSet _templates;

    /// <summary>A context over the shared built-in functions of <paramref name="templates"/>.</summary>
    public HtmlTemplateContext(TemplateSet templates, ScriptObject builtins) : base(builtins)
    {
        _templates = templates;
        TemplateLoader = templates.Loader;
        // Scriban's defaults guard a server from untrusted scripts; they would cut a 10,000-story page short.
        LoopLimit = MaxLoopIterations;
        LoopLimitQueryable = MaxLoopIterations;
        LimitToString = 0;
        RecursiveLimit = MaxRecursion;
        // Re-indenting an include's lines would change the text of <pre> and <textarea> blocks.
        AutoIndent = false;
        NewLine = "\n";
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
    }

    /// <summary>Writes what a <c>{{ expression }}</c> gives: escaped, unless it is trusted HTML.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml trusted:
                WriteTrusted(trusted.Value);
                return this;
            case IScriptOutput captured:
                // A capture holds what its block wrote, which is escaped already.
                Write(captured.ToString());
                return this;
        }
        WriteEscaped(ObjectToString(textAsObject) ?? "");
        return this;
    }

    /// <summary>Empty strings and empty lists are false, as a theme author expects; numbers keep Scriban's meaning.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        IHtmlContent html => !html.IsEmpty,
        TrustedHtml trusted => ToBool(span, trusted.Value),
        ICollection list => list.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Included templates come parsed from the set, parsed once per theme rather than once per page.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Parsed(templatePath) ?? throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan,
            $"the template `{templatePath}` does not parse (see its own error).");

    private void WriteTrusted(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case IHtmlContent html when Output is WriterOutput { Writer: var writer }:
                html.WriteTo(writer);
                return;
            case IHtmlContent html:
                Write(HtmlText.Of(html));
                return;
            case IScriptOutput captured:
                Write(captured.ToString());
                return;
            default:
                Write(ObjectToString(value) ?? "");
                return;
        }
    }

    // Writes the runs between characters that need escaping as they are, so a long text is not copied.
    private void WriteEscaped(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var at = text.AsSpan(start).IndexOfAny(Escaped);
            if (at < 0)
            {
                Write(text, start, text.Length - start);
                return;
            }
            if (at > 0) Write(text, start, at);
            Write(text[start + at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            start += at + 1;
        }
    }
}

/// <summary>
/// Template output into a <see cref="TextWriter"/> that passes each piece as a span. Scriban's own writer output
/// copies every piece of template text into a new string first.
/// </summary>
internal sealed class WriterOutput(TextWriter writer) : IScriptOutput
{
    /// <summary>Where the output goes.</summary>
    public TextWriter Writer { get; } = writer;

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => Writer.Write(text.AsSpan(offset, count));

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}

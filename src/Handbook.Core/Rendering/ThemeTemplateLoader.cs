using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handbook.Rendering;

/// <summary>
/// Finds what <c>{{ include 'name' }}</c> names: <c>partials/name.sbn-html</c>, or a path relative to the theme
/// (<c>'partials/cards/one'</c>), taken from <c>input/theme/</c> when it has the file and from the theme otherwise.
/// A name that would leave those two folders (an absolute path, <c>..</c>) is refused.
/// </summary>
internal sealed class ThemeTemplateLoader : ITemplateLoader
{
    private readonly Theme _theme;

    /// <summary>Resolves includes against <paramref name="theme"/> and its override folder.</summary>
    public ThemeTemplateLoader(Theme theme) => _theme = theme;

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var relative = RelativePath(templateName)
            ?? throw new ScriptRuntimeException(callerSpan,
                $"`{templateName}` is not a template name: name a file under {Theme.PartialsFolder}/ (such as 'card'), without `..` or an absolute path.");
        return _theme.Resolve(relative)
            ?? throw new ScriptRuntimeException(callerSpan,
                $"there is no `{relative}` in the theme or in input/theme/.");
    }

    /// <inheritdoc />
    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!_theme.Contains(templatePath))
        {
            throw new ScriptRuntimeException(callerSpan, $"`{templatePath}` is outside the theme and input/theme/.");
        }
        return _theme.ReadFullPath(templatePath);
    }

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    /// <summary>
    /// The theme-relative path an include name stands for, or null when the name is not a plain relative path
    /// (rooted, with a drive, a backslash, an empty or <c>.</c>/<c>..</c> segment).
    /// </summary>
    public static string? RelativePath(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('\\') || name.Contains(':') || name.StartsWith('/')) return null;
        var segments = name.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == "..")) return null;
        var relative = segments.Length == 1 ? $"{Theme.PartialsFolder}/{name}" : name;
        return relative.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal) ? relative : relative + Theme.TemplateExtension;
    }
}

using System.Text.RegularExpressions;

namespace Handbook.Coaching;

/// <summary>
/// Blanks out the parts of Markdown that are not the author's own prose (code, link targets, HTML and
/// quoted speech), keeping every other character where it was, so a match in the masked text has the
/// same offset, and so the same line and column, as in the file.
/// </summary>
public static partial class ProseMask
{
    [GeneratedRegex(@"^( {0,3})(```|~~~)[^\n]*\n.*?(^\1\2[^\n]*$|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"(`+)[^`].*?\1", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\([^)\n]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"<[^>\n]+>")]
    private static partial Regex HtmlOrAutolink();

    [GeneratedRegex(@"""[^""\n]*""|“[^”\n]*”")]
    private static partial Regex Quotation();

    // Many rules read the same section; each text is masked once (keyed by the string instance, collected with it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Masked = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> CodeMasked = new();

    /// <summary>The masked copy of <paramref name="markdown"/>: same length, same line breaks.</summary>
    public static string Mask(string markdown) =>
        Masked.GetValue(markdown, m => Blank(m, FencedCode(), CodeSpan(), LinkTarget(), HtmlOrAutolink(), Quotation()));

    /// <summary>Like <see cref="Mask"/> but keeps quoted speech: for counting the words a story takes to say.</summary>
    public static string MaskCodeOnly(string markdown) =>
        CodeMasked.GetValue(markdown, m => Blank(m, FencedCode(), CodeSpan(), LinkTarget(), HtmlOrAutolink()));

    private static string Blank(string markdown, params Regex[] patterns)
    {
        var chars = markdown.ToCharArray();
        foreach (var pattern in patterns)
        {
            foreach (Match match in pattern.Matches(new string(chars)))
            {
                for (var i = match.Index; i < match.Index + match.Length; i++)
                {
                    if (chars[i] != '\n') chars[i] = ' ';
                }
            }
        }
        return new string(chars);
    }
}

using System.Buffers;
using System.Text.RegularExpressions;

namespace Handbook.Analysis;

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

    // Each pattern with the characters it cannot match without: most prose has none of them, and then
    // the pattern is not run at all.
    private static readonly (Regex Pattern, SearchValues<char> Triggers)[] CodeAndMarkup =
    [
        (FencedCode(), SearchValues.Create("`~")),
        (CodeSpan(), SearchValues.Create("`")),
        (LinkTarget(), SearchValues.Create("]")),
        (HtmlOrAutolink(), SearchValues.Create("<")),
    ];

    private static readonly (Regex Pattern, SearchValues<char> Triggers)[] Code =
    [
        (FencedCode(), SearchValues.Create("`~")),
        (CodeSpan(), SearchValues.Create("`")),
    ];

    private static readonly (Regex Pattern, SearchValues<char> Triggers)[] CodeMarkupAndQuotes =
        [.. CodeAndMarkup, (Quotation(), SearchValues.Create("\"“"))];

    /// <summary>The masked copy of <paramref name="markdown"/>: same length, same line breaks.</summary>
    /// <remarks>Each story's texts are masked once, by the analysis stage (<see cref="StoryFacts"/>).</remarks>
    public static string Mask(string markdown) => Blank(markdown, CodeMarkupAndQuotes);

    /// <summary>Like <see cref="Mask"/> but keeps quoted speech: for counting the words a story takes to say.</summary>
    public static string MaskCodeOnly(string markdown) => Blank(markdown, CodeAndMarkup);

    /// <summary>Only code blanked (fenced blocks and spans): for finding placeholders such as <c>&lt;your team&gt;</c>, which look like HTML.</summary>
    public static string MaskCode(string markdown) => Blank(markdown, Code);

    // The text itself when nothing is masked, so plain prose costs no copy.
    private static string Blank(string markdown, (Regex Pattern, SearchValues<char> Triggers)[] patterns)
    {
        char[]? chars = null;
        foreach (var (pattern, triggers) in patterns)
        {
            if (!markdown.AsSpan().ContainsAny(triggers)) continue;
            // Later patterns see earlier blanks, so a quote inside code is not masked twice over.
            var current = chars is null ? markdown : new string(chars);
            foreach (var match in pattern.EnumerateMatches(current))
            {
                chars ??= markdown.ToCharArray();
                for (var i = match.Index; i < match.Index + match.Length; i++)
                {
                    if (chars[i] != '\n') chars[i] = ' ';
                }
            }
        }
        return chars is null ? markdown : new string(chars);
    }
}

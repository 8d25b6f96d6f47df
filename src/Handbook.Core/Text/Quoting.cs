using System.Text.RegularExpressions;

namespace Handbook.Text;

/// <summary>Short quotations of a story's own words for messages: what it says, never words it does not.</summary>
public static partial class Quoting
{
    [GeneratedRegex(@"[*_`>#]|\[|\]\([^)]*\)|\]|^\s*[-+]\s+|^\s*\d+[.)]\s+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    /// <summary>The first sentence of some Markdown, without its markup, cut at a word to <paramref name="max"/> characters.</summary>
    public static string FirstSentence(string markdown, int max)
    {
        var text = Space().Replace(Markup().Replace(markdown, ""), " ").Trim();
        var end = -1;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (i == 0 || !char.IsDigit(text[i - 1]) || !char.IsDigit(text[i + 1])))
            {
                end = i + 1;
                break;
            }
        }
        if (end > 0) text = text[..end];
        return Cut(text, max);
    }

    /// <summary><paramref name="text"/> cut at a word boundary to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }
}

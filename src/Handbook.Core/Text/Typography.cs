using System.Text.RegularExpressions;

namespace Handbook.Text;

/// <summary>Small typographic fixes for text a user wrote, applied where it is shown.</summary>
public static partial class Typography
{
    /// <summary>No-break space: the arrow and the numbers on either side of it stay on one line.</summary>
    private const string Tie = "\u00A0";

    /// <summary>Word joiner: forbids a line break where there was no space to replace.</summary>
    private const string Join = "\u2060";

    // "->" (not part of "-->" or "<->") or "→", with the spaces around it.
    [GeneratedRegex(@"(?<lead>[ \t]*)(?:(?<![-<])->(?!>)|→)(?<trail>[ \t]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Arrow();

    /// <summary>
    /// Writes the ASCII arrow of "38% -> 0%" as "38% → 0%", with no-break spaces, so the arrow never ends a line
    /// and never starts one: "38% -" and "> 0%" on two lines read as two broken numbers.
    /// </summary>
    public static string Arrows(string text)
    {
        if (!text.Contains("->", StringComparison.Ordinal) && !text.Contains('→')) return text;
        return Arrow().Replace(text, m =>
            (m.Groups["lead"].Length > 0 ? Tie : Join) + "→" + (m.Groups["trail"].Length > 0 ? Tie : Join));
    }
}

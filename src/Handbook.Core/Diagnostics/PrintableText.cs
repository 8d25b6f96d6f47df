using System.Text;

namespace Handbook.Diagnostics;

/// <summary>
/// Text from a user's files made safe to print on a terminal: control characters (ESC sequences that recolour,
/// retitle or rewrite the screen, carriage returns and line breaks that would split a one-line diagnostic) and
/// the invisible marks that reorder text are shown as escapes, never sent raw.
/// </summary>
public static class PrintableText
{
    /// <summary><paramref name="text"/> with every control or bidirectional-override character written as <c>\xHH</c> or <c>\uHHHH</c>.</summary>
    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.Any(NeedsEscape)) return text;
        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) clean.Append(c);
            else if (c <= '\u00ff') clean.Append(@"\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else clean.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return clean.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)                   // C0, DEL and C1 (0x80-0x9F: 8-bit CSI and OSC)
        || c is >= '\u202a' and <= '\u202e' // bidirectional embeddings and overrides
        || c is >= '\u2066' and <= '\u2069' // bidirectional isolates
        || c is '\u2028' or '\u2029';       // line and paragraph separators
}

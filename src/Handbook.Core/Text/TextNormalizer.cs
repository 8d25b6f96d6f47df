namespace Handbook.Text;

/// <summary>The one normalisation every input text goes through before parsing.</summary>
public static class TextNormalizer
{
    /// <summary>Drops a leading byte-order mark and turns CRLF and lone CR into LF, so lines count the same everywhere.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}

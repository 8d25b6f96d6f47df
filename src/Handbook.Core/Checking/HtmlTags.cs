using System.Net;

namespace Handbook.Checking;

/// <summary>One start tag of an HTML page: its name and attributes, as the HTML tokenizer reads them.</summary>
/// <param name="Name">The tag name, lower-cased.</param>
/// <param name="Attributes">The attributes in order, names lower-cased, values with character references decoded; a
/// name written twice keeps its first value, as in a browser.</param>
internal readonly record struct HtmlTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    /// <summary>The value of attribute <paramref name="name"/> (lower case), or null when the tag has none.</summary>
    public string? Get(string name)
    {
        foreach (var (key, value) in Attributes)
        {
            if (key == name) return value;
        }
        return null;
    }
}

/// <summary>
/// Reads the start tags of an HTML page in one pass, following the tokenizer of the HTML standard for what matters
/// to links: comments, doctypes and processing instructions are skipped; quoted attribute values may hold
/// <c>&gt;</c>; the text of <c>script</c>, <c>style</c>, <c>title</c>, <c>textarea</c> and the other raw-text
/// elements is not read as tags; a tag cut off by the end of the page is dropped. It builds no tree: the link
/// check needs the attributes of each element, not where the element ends up. A full DOM parser cost the link check
/// 150 ms of start-up and most of its time per page.
/// </summary>
internal static class HtmlTags
{
    // Elements whose content is text up to their end tag (the tokenizer's RAWTEXT and RCDATA states; noscript too
    // would be with scripting on, and the check reads pages as a browser with scripting off does).
    private static readonly HashSet<string> TextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea",
    };

    /// <summary>Every start tag of <paramref name="html"/>, in document order.</summary>
    public static IEnumerable<HtmlTag> Read(string html)
    {
        var at = 0;
        while (true)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length) yield break;
            var next = html[open + 1];
            if (next == '!')
            {
                at = SkipDeclaration(html, open + 2);
            }
            else if (next == '?')
            {
                at = SkipTo(html, '>', open + 2);
            }
            else if (next == '/')
            {
                if (open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]))
                {
                    // An end tag: its attributes are read (a quoted ">" does not end it) and dropped.
                    var (_, _, end) = ReadTag(html, open + 2);
                    at = end;
                }
                else if (open + 2 < html.Length && html[open + 2] == '>')
                {
                    at = open + 3;
                }
                else
                {
                    at = SkipTo(html, '>', open + 2);
                }
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, attributes, end) = ReadTag(html, open + 1);
                if (name is null) yield break;
                yield return new HtmlTag(name, attributes);
                at = end;
                if (name == "plaintext") yield break;
                if (TextElements.Contains(name)) at = EndOfText(html, name, at);
            }
            else
            {
                at = open + 1;
            }
        }
    }

    // After "<!": a comment to "-->" (or the short "<!-->" and "<!--->"), else a doctype or bogus comment to ">".
    private static int SkipDeclaration(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "--", 0, 2) != 0) return SkipTo(html, '>', at);
        var body = at + 2;
        if (body < html.Length && html[body] == '>') return body + 1;
        if (string.CompareOrdinal(html, body, "->", 0, 2) == 0) return body + 2;
        var close = html.IndexOf("-->", body, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", body, StringComparison.Ordinal);
        if (close < 0 && bang < 0) return html.Length;
        return close >= 0 && (bang < 0 || close < bang) ? close + 3 : bang + 4;
    }

    private static int SkipTo(string html, char c, int at)
    {
        var i = html.IndexOf(c, at);
        return i < 0 ? html.Length : i + 1;
    }

    // The content of a raw-text element ends at "</name" followed by white space, "/" or ">", in any case.
    private static int EndOfText(string html, string name, int at)
    {
        while (true)
        {
            var close = html.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0) return html.Length;
            var after = close + 2 + name.Length;
            if (after < html.Length
                && string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return close;
            }
            at = close + 2;
        }
    }

    // A tag from its name's first letter: the name, the attributes, and where the text after the tag starts.
    // A null name means the page ended inside the tag, which the tokenizer drops.
    private static (string? Name, List<KeyValuePair<string, string>> Attributes, int End) ReadTag(string html, int at)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        var start = at;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not '/' and not '>') at++;
        var name = html[start..at].ToLowerInvariant();
        while (true)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/')) at++;
            if (at >= html.Length) return (null, attributes, html.Length);
            if (html[at] == '>') return (name, attributes, at + 1);

            // An attribute name; a leading "=" belongs to the name.
            var nameStart = at++;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not '/' and not '>' and not '=') at++;
            var attribute = html[nameStart..at].ToLowerInvariant();
            var value = "";
            var equals = at;
            while (equals < html.Length && IsSpace(html[equals])) equals++;
            if (equals < html.Length && html[equals] == '=')
            {
                at = equals + 1;
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at >= html.Length) return (null, attributes, html.Length);
                if (html[at] is '"' or '\'')
                {
                    var close = html.IndexOf(html[at], at + 1);
                    if (close < 0) return (null, attributes, html.Length);
                    value = html[(at + 1)..close];
                    at = close + 1;
                }
                else
                {
                    var valueStart = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    value = html[valueStart..at];
                }
                if (value.Contains('&')) value = WebUtility.HtmlDecode(value);
            }
            if (!attributes.Exists(a => a.Key == attribute)) attributes.Add(new(attribute, value));
        }
    }

    // The tokenizer's white space: tab, line feed, form feed, carriage return, space.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}

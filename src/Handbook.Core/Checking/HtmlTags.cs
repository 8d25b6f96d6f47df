using System.Net;
using System.Text;

namespace Handbook.Checking;

/// <summary>One start tag of an HTML page, with the attributes asked for.</summary>
/// <param name="Name">The tag name, lower-cased, when it is one of the names asked for (<see cref="TagFilter"/>);
/// <c>*</c> for any other element.</param>
/// <param name="Attributes">The attributes asked for that the tag has, in order, names lower-cased, values with
/// character references decoded; a name written twice keeps its first value, as in a browser.</param>
internal sealed record HtmlTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes)
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

/// <summary>The tag names and attribute names a reader of <see cref="HtmlTags"/> wants; made once, read by many threads.</summary>
internal sealed class TagFilter
{
    /// <summary>A filter for tags named <paramref name="names"/> and attributes named <paramref name="attributes"/> (lower case).</summary>
    public TagFilter(IEnumerable<string> names, IEnumerable<string> attributes)
    {
        // The raw-text elements are always named: the tokenizer must know where their text ends.
        Names = Lookup(names.Concat(HtmlTags.TextElements).Append(HtmlTags.Plaintext));
        Attributes = Lookup(attributes);
    }

    /// <summary>The tag names reported by name, found by their lower-case characters.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names { get; }

    /// <summary>The attribute names read, found by their lower-case characters.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Attributes { get; }

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.FirstOrDefault(n => n.Length is 0 or > HtmlTags.MaxNameLength || n != n.ToLowerInvariant()) is { } bad)
        {
            throw new ArgumentException($"`{bad}` is not a lower-case name of 1 to {HtmlTags.MaxNameLength} characters.", nameof(names));
        }
        return distinct.ToDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>
/// Reads the start tags of a UTF-8 HTML page in one pass, following the tokenizer of the HTML standard for what matters
/// to links: comments, doctypes and processing instructions are skipped; quoted attribute values may hold
/// <c>&gt;</c>; the text of <c>script</c>, <c>style</c>, <c>title</c>, <c>textarea</c> and the other raw-text
/// elements is not read as tags; a tag cut off by the end of the page is dropped. It builds no tree and makes a string
/// only of the attributes asked for: on a 1,000-story site the listing pages hold every card, and a DOM parser cost
/// the link check more than the rest of the build.
/// </summary>
internal static class HtmlTags
{
    /// <summary>Elements whose content is text up to their end tag (the tokenizer's RAWTEXT and RCDATA states;
    /// noscript too would be with scripting on, and pages are read as a browser with scripting off reads them).</summary>
    public static readonly IReadOnlySet<string> TextElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea",
    };

    /// <summary>The element after which the rest of the page is text.</summary>
    public const string Plaintext = "plaintext";

    /// <summary>The longest tag or attribute name a <see cref="TagFilter"/> may ask for.</summary>
    public const int MaxNameLength = 32;

    /// <summary>
    /// The start tags of <paramref name="html"/> that have a name of <paramref name="filter"/> or carry one of its
    /// attributes, in document order.
    /// </summary>
    public static List<HtmlTag> Read(ReadOnlySpan<byte> html, TagFilter filter)
    {
        var tags = new List<HtmlTag>();
        var at = 0;
        while (true)
        {
            var found = html[at..].IndexOf((byte)'<');
            if (found < 0) return tags;
            var open = at + found;
            if (open + 1 >= html.Length) return tags;
            var next = html[open + 1];
            if (next == '!')
            {
                at = SkipDeclaration(html, open + 2);
            }
            else if (next == '?')
            {
                at = SkipTo(html, (byte)'>', open + 2);
            }
            else if (next == '/')
            {
                if (open + 2 < html.Length && IsAsciiLetter(html[open + 2]))
                {
                    // An end tag: its attributes are read (a quoted ">" does not end it) and dropped.
                    at = ReadTag(html, open + 2, filter, out _, out _);
                }
                else
                {
                    at = open + 2 < html.Length && html[open + 2] == '>' ? open + 3 : SkipTo(html, (byte)'>', open + 2);
                }
            }
            else if (IsAsciiLetter(next))
            {
                at = ReadTag(html, open + 1, filter, out var name, out var attributes);
                if (name is null) return tags;
                if (name != "*" || attributes is not null) tags.Add(new HtmlTag(name, attributes ?? []));
                if (name == Plaintext) return tags;
                if (TextElements.Contains(name)) at = EndOfText(html, name, at);
            }
            else
            {
                at = open + 1;
            }
        }
    }

    // After "<!": a comment to "-->" (or the short "<!-->" and "<!--->"), else a doctype or bogus comment to ">".
    private static int SkipDeclaration(ReadOnlySpan<byte> html, int at)
    {
        if (!html[at..].StartsWith("--"u8)) return SkipTo(html, (byte)'>', at);
        var body = at + 2;
        if (html[body..].StartsWith(">"u8)) return body + 1;
        if (html[body..].StartsWith("->"u8)) return body + 2;
        var close = html[body..].IndexOf("-->"u8);
        var bang = html[body..].IndexOf("--!>"u8);
        if (close < 0 && bang < 0) return html.Length;
        return close >= 0 && (bang < 0 || close < bang) ? body + close + 3 : body + bang + 4;
    }

    private static int SkipTo(ReadOnlySpan<byte> html, byte c, int at)
    {
        var i = html[at..].IndexOf(c);
        return i < 0 ? html.Length : at + i + 1;
    }

    // The content of a raw-text element ends at "</name" followed by white space, "/" or ">", in any case.
    private static int EndOfText(ReadOnlySpan<byte> html, string name, int at)
    {
        while (true)
        {
            var found = html[at..].IndexOf("</"u8);
            if (found < 0) return html.Length;
            var close = at + found;
            var after = close + 2 + name.Length;
            if (after < html.Length && Ascii.EqualsIgnoreCase(html.Slice(close + 2, name.Length), name)
                && (IsSpace(html[after]) || html[after] is (byte)'/' or (byte)'>'))
            {
                return close;
            }
            at = close + 2;
        }
    }

    // A tag from its name's first letter: where the text after it starts, its name (one asked for, or "*"; null when
    // the page ended inside the tag, which the tokenizer drops) and the attributes asked for that it has (null for none).
    private static int ReadTag(ReadOnlySpan<byte> html, int at, TagFilter filter, out string? name, out List<KeyValuePair<string, string>>? attributes)
    {
        attributes = null;
        var start = at;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not (byte)'/' and not (byte)'>') at++;
        name = Known(html[start..at], filter.Names) ?? "*";
        while (true)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/')) at++;
            if (at >= html.Length) return Cut(out name, html);
            if (html[at] == '>') return at + 1;

            // An attribute name; a leading "=" belongs to the name.
            var nameStart = at++;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not (byte)'/' and not (byte)'>' and not (byte)'=') at++;
            var attribute = Known(html[nameStart..at], filter.Attributes);
            var valueStart = at;
            var valueEnd = at;
            var equals = at;
            while (equals < html.Length && IsSpace(html[equals])) equals++;
            if (equals < html.Length && html[equals] == '=')
            {
                at = equals + 1;
                while (at < html.Length && IsSpace(html[at])) at++;
                if (at >= html.Length) return Cut(out name, html);
                if (html[at] is (byte)'"' or (byte)'\'')
                {
                    var close = html[(at + 1)..].IndexOf(html[at]);
                    if (close < 0) return Cut(out name, html);
                    (valueStart, valueEnd) = (at + 1, at + 1 + close);
                    at = valueEnd + 1;
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    valueEnd = at;
                }
            }
            if (attribute is null || (attributes?.Exists(a => a.Key == attribute) ?? false)) continue;
            var value = Encoding.UTF8.GetString(html[valueStart..valueEnd]);
            if (value.Contains('&')) value = WebUtility.HtmlDecode(value);
            (attributes ??= []).Add(new(attribute, value));
        }
    }

    private static int Cut(out string? name, ReadOnlySpan<byte> html)
    {
        name = null;
        return html.Length;
    }

    // The interned lower-case name, when the bytes spell one of the known names in any case; otherwise null.
    private static string? Known(ReadOnlySpan<byte> bytes, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        // No name asked for is longer than this; a longer one (a custom element's) is not copied to be looked up.
        if (bytes.Length is 0 or > MaxNameLength) return null;
        Span<char> lower = stackalloc char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b >= 0x80) return null;
            lower[i] = (char)(b is >= (byte)'A' and <= (byte)'Z' ? b + 32 : b);
        }
        return known.TryGetValue(lower, out var name) ? name : null;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    // The tokenizer's white space: tab, line feed, form feed, carriage return, space.
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';
}

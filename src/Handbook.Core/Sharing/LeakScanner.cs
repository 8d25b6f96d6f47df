using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Handbook.Model;
using SlugRules = Handbook.Text.Slug;

namespace Handbook.Sharing;

/// <summary>
/// Looks for confidential terms in output files: in the path and in every byte, read as UTF-8 text and also with
/// HTML entities, JSON string escapes and URL escapes decoded (<c>&amp;amp;</c>, <c>\u0026</c>, <c>%26</c>), and in
/// slug form (<c>acme-bank</c>). Matching is case-insensitive and on word boundaries, like redaction. Pure.
/// </summary>
public sealed class LeakScanner
{
    private readonly Regex? _pattern;

    /// <summary>Prepares a scan for <paramref name="terms"/>.</summary>
    public LeakScanner(IEnumerable<ConfidentialTerm> terms)
    {
        var alternatives = new List<string>();
        var distinct = terms.Select(t => Redactor.Normalize(t.Term)).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        TermCount = distinct.Count;
        foreach (var term in distinct)
        {
            // A no-break space (typography, &nbsp;) separates words as well as a space does.
            alternatives.Add(Redactor.Pattern(term).Replace(@"[\s\-]+", @"[\s\u00a0\-]+", StringComparison.Ordinal));
            var slug = SlugRules.From(term);
            if (slug.Length > 0 && !slug.Equals(term, StringComparison.OrdinalIgnoreCase)) alternatives.Add(Regex.Escape(slug));
        }
        if (alternatives.Count > 0)
        {
            // Longest first, so the match names the whole term; an escape's letter (the n of \n) is no word.
            var ordered = alternatives.OrderByDescending(a => a.Length);
            _pattern = new Regex($@"(?<!(?<!\\)[\p{{L}}\p{{N}}_])(?:{string.Join('|', ordered)})(?![\p{{L}}\p{{N}}_])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
    }

    /// <summary>How many distinct terms the scan looks for.</summary>
    public int TermCount { get; }

    /// <summary>The confidential text found in the file's path or content, as it appears there; null when there is none.</summary>
    /// <param name="path">The file's path in the site.</param>
    /// <param name="content">Its bytes.</param>
    public string? Find(string path, ReadOnlySpan<byte> content)
    {
        if (_pattern is null) return null;
        if (First(path) is { } inPath) return inPath;
        return First(Encoding.UTF8.GetString(content));
    }

    /// <summary>The 1-based line and column of the first term in a source text, or null.</summary>
    public (int Line, int Column)? Locate(string text)
    {
        if (_pattern is null) return null;
        // Unescaping keeps line breaks, so the line is right in every view (the column only in the first).
        foreach (var view in Views(text))
        {
            if (_pattern.Match(view) is not { Success: true } match) continue;
            var before = view.AsSpan(0, match.Index);
            return (before.Count('\n') + 1, match.Index - before.LastIndexOf('\n'));
        }
        return null;
    }

    private string? First(string text)
    {
        foreach (var view in Views(text))
        {
            var match = _pattern!.Match(view);
            if (match.Success) return match.Value;
        }
        return null;
    }

    // The text as written, and as a browser or a script would read it after unescaping.
    private static IEnumerable<string> Views(string text)
    {
        yield return text;
        if (text.Contains('&')) yield return WebUtility.HtmlDecode(text);
        if (text.Contains('\\')) yield return JsonUnescape(text);
        if (text.Contains('%') || text.Contains('+')) yield return UrlDecode(text);
    }

    private static string UrlDecode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    // \uXXXX and the one-letter escapes of JSON and JavaScript strings.
    internal static string JsonUnescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                builder.Append(c);
                continue;
            }
            var next = text[++i];
            if (next == 'u' && i + 4 < text.Length && int.TryParse(text.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
            {
                builder.Append((char)code);
                i += 4;
                continue;
            }
            builder.Append(next switch
            {
                'n' or 'r' or 't' or 'f' or 'b' => ' ',
                _ => next,
            });
        }
        return builder.ToString();
    }
}

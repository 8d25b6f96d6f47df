using System.Text;
using System.Text.RegularExpressions;
using Handbook.Model;
using SlugRules = Handbook.Text.Slug;

namespace Handbook.Sharing;

/// <summary>
/// Replaces confidential terms by their stand-ins: case-insensitively, on word boundaries, longest term first (so
/// "Acme Bank" wins over "Acme"), with any run of white space or dashes in a term matching any run in the text (a
/// phrase wrapped across two Markdown lines is still found, and so is <c>acme-bank</c> in a host name, which gets the
/// stand-in's slug form). Pure; one instance serves a whole build.
/// </summary>
public sealed class Redactor
{
    /// <summary>The stand-in used in slugs and file names when a stand-in has no letters or digits (<c>[redacted]</c> has).</summary>
    public const string SlugStandIn = "redacted";

    private readonly Regex? _text;
    private readonly Dictionary<string, ConfidentialTerm> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Term, string StandIn)> _slugs = [];

    /// <summary>Prepares a redactor for <paramref name="terms"/>; of two entries for one term the first wins.</summary>
    public Redactor(IEnumerable<ConfidentialTerm> terms)
    {
        var distinct = new List<ConfidentialTerm>();
        foreach (var term in terms)
        {
            var written = Normalize(term.Term);
            if (written.Length > 0 && _byKey.TryAdd(Key(written), term with { Term = written })) distinct.Add(term with { Term = written });
        }
        Terms = distinct.OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
        if (Terms.Count > 0)
        {
            _text = new Regex(Bounded(string.Join('|', Terms.Select(t => Pattern(t.Term)))),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
        foreach (var term in Terms)
        {
            var slug = SlugRules.From(term.Term);
            if (slug.Length == 0) continue;
            var standIn = SlugRules.From(term.StandIn);
            _slugs.Add((slug, standIn.Length > 0 ? standIn : SlugStandIn));
        }
        _slugs.Sort((a, b) => b.Term.Length.CompareTo(a.Term.Length));
    }

    /// <summary>The terms, each once (white space collapsed), longest first.</summary>
    public IReadOnlyList<ConfidentialTerm> Terms { get; }

    /// <summary>True when there is nothing to replace.</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Plain text with every term replaced by its stand-in.</summary>
    public string Text(string text) => _text is null || text.Length == 0 ? text : _text.Replace(text, m => StandIn(m.Value));

    /// <summary>Each text of a list, redacted.</summary>
    public IReadOnlyList<string> Texts(IReadOnlyList<string> texts) => IsEmpty ? texts : texts.Select(Text).ToList();

    /// <summary>
    /// Markdown with every term replaced; the stand-in's punctuation is escaped, so a stand-in such as
    /// <c>[redacted]</c> or <c>*client*</c> stays text and never becomes a link or emphasis.
    /// </summary>
    public string Markdown(string markdown) =>
        _text is null || markdown.Length == 0 ? markdown : _text.Replace(markdown, m => EscapeMarkdown(StandIn(m.Value)));

    /// <summary>
    /// A slug (or file name) with the slug form of every term replaced by the slug form of its stand-in, on dash
    /// boundaries: <c>acme-bank-migration</c> becomes <c>a-top-5-us-bank-migration</c>.
    /// </summary>
    public string Slug(string slug)
    {
        if (_slugs.Count == 0 || slug.Length == 0) return slug;
        var padded = "-" + slug + "-";
        foreach (var (term, standIn) in _slugs)
        {
            var from = "-" + term + "-";
            // Twice is enough for adjacent repeats ("acme-acme"), whose shared dash the first pass consumes.
            for (var pass = 0; pass < 2 && padded.Contains(from, StringComparison.OrdinalIgnoreCase); pass++)
            {
                padded = padded.Replace(from, "-" + standIn + "-", StringComparison.OrdinalIgnoreCase);
            }
        }
        var result = padded[1..^1];
        return result.Length > SlugRules.MaxLength ? result[..SlugRules.MaxLength].TrimEnd('-') : result;
    }

    /// <summary>Each slug of a list, redacted.</summary>
    public IReadOnlyList<string> Slugs(IReadOnlyList<string> slugs) => IsEmpty ? slugs : slugs.Select(Slug).ToList();

    /// <summary>A term's regular expression: escaped, a space or dash matching any run of white space and dashes.</summary>
    internal static string Pattern(string term) =>
        string.Join(@"[\s\-]+", Key(term).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    // What two spellings of one term share: "Acme  Bank", "acme-bank" and "ACME BANK" all give "acme bank".
    private static string Key(string term) => Regex.Replace(term, @"[\s\-]+", " ").Trim().ToLowerInvariant();

    /// <summary>
    /// Wraps alternatives in word boundaries that also hold at the ends of a term that starts or ends with
    /// punctuation ("C++", ".internal"): no letter, digit or underscore right before or after.
    /// </summary>
    internal static string Bounded(string alternatives) => $@"(?<![\p{{L}}\p{{N}}_])(?:{alternatives})(?![\p{{L}}\p{{N}}_])";

    /// <summary>A term as it is compared: trimmed, with each run of white space one space.</summary>
    internal static string Normalize(string term) => Regex.Replace(term.Trim(), @"\s+", " ");

    // A term written with dashes where the handbook wrote spaces (a host name, a file name) gets the slug form.
    private string StandIn(string matched)
    {
        var term = _byKey[Key(matched)];
        if (!matched.Contains('-') || term.Term.Contains('-')) return term.StandIn;
        var slug = SlugRules.From(term.StandIn);
        return slug.Length > 0 ? slug : SlugStandIn;
    }

    private static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is ' ' || c > 127) builder.Append(c);
            else builder.Append('\\').Append(c);
        }
        return builder.ToString();
    }
}

using System.Text.RegularExpressions;
using Handbook.Text;

namespace Handbook.Analysis;

/// <summary>
/// Finds quantified figures in prose: a number with a unit, a percentage, a multiplier, a money amount,
/// a count of things, or a before -> after pair, in digits or in words ("three teams", "a four-day backfill",
/// "tenfold", "cut it in half", "twice as fast", "zero customer-visible errors", "no incidents since"). Bare years,
/// versions (v2), identifiers (p99, S3, L5), ordinals, times of day, "one of the", "one day", "a"/"an" alone,
/// "first" and "once" are not figures.
/// </summary>
public static partial class QuantityDetector
{
    // Figures that are quantities whatever follows: multiples, halves, "none of the bad thing".
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand|\d+)[- ]?fold|(?:a|half a) dozen|in half|by half|halved|half as \w+|half the \w+|doubled|tripled|quadrupled|(?:a|one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)\s+of\b|two-thirds|three-quarters|three-fourths|by\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|around\s+|more than\s+)?(?:a|one|two)[- ](?:thirds?|quarters?|fifths?|tenths?)\b|twice as \w+|twice the \w+|three times as \w+|(?:no|zero|not a single|not one)\s+(?:(?:further|new|more|repeat|repeated|customer[- ]visible|user[- ]facing|customer[- ]facing|major|critical|unplanned|lost|dropped|failed|missed|sev-?\d|p\d|production|paging)\s+)?(?:incidents?|outages?|errors?|failures?|regressions?|pages|alerts|rollbacks?|complaints|support tickets|tickets|defects|bugs|downtime|data loss|escalations|recurrences?|repeats?|timeouts|violations|breaches|orders|writes|messages|events|requests|deploys|pages? (?:since|after|in))\b)(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FixedFigure();
    private const int FirstYear = 1900;
    private const int LastYear = 2099;
    private const int MinCountNounLength = 3;

    // A number not glued to a preceding letter, digit, dot or dash: excludes v2, p99, 1.2.3, 2024-05.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.\-/])(?<currency>[$€£¥]\s?)?(?<number>\d{1,3}(?:,\d{3})+|\d+)(?<fraction>\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // Units that may be glued to the number or follow a space (case-insensitive).
    [GeneratedRegex(@"^(?:\s?(?:%|percent\b|pp\b|percentage points?\b|x\b|×|times\b)|(?:k|m|b|bn|mm)\b|[\s-]?(?:ns|µs|us|ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|quarters?|years?|nines)\b|-?fold\b|\s(?:a|an|per|each|every)\s(?:second|minute|hour|day|week|month|quarter|year|sprint|release)\b|\s?(?:[kmgtp]i?b|[kmg]bps|bps|tps|rps|qps|rpm|req/s|requests?/s|ops/s|writes?/s|reads?/s|usd|eur|gbp|dollars|euros)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitPattern();

    // A following word that counts things: "40 services", "3 teams", "1 engineer".
    [GeneratedRegex(@"^\s(?<first>\p{L}[\p{L}-]*)(?:\s(?<second>\p{L}[\p{L}-]*))?", RegexOptions.CultureInvariant)]
    private static partial Regex CountNounPattern();

    // "850 -> 320", "from 40 to 12", "40 → 12": the second number of a before -> after pair.
    [GeneratedRegex(@"^\s*(?:->|→|=>|—>|to)\s*[$€£]?\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArrowPattern();

    [GeneratedRegex(@"^\s?(?:am|pm|a\.m\.|p\.m\.)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"(?:×|\bx)\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex MultiplierPrefixPattern();

    // Words that end in "s" or follow numbers without counting anything.
    private static readonly HashSet<string> NotCountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "as", "its", "us", "this", "thus", "plus", "less", "unless", "across", "always", "perhaps",
        "yes", "does", "goes", "towards", "besides", "whereas", "of", "and", "or", "but", "the", "for", "in", "on", "at",
        "by", "with", "from", "into", "were", "are", "had", "have", "then", "than", "when", "while", "after", "before",
        "until", "since", "during", "because", "so", "if", "that", "which", "who", "we", "i", "our", "my", "they",
    };

    /// <summary>True when <paramref name="text"/> holds at least one quantified figure.</summary>
    public static bool HasQuantity(string text) => Find(text).Any();

    /// <summary>Every quantified figure in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Quantity> Find(string text)
    {
        var found = new List<Quantity>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            var after = text.AsSpan(match.Index + match.Length);
            var before = text.AsSpan(0, match.Index);
            if (IsQuantity(match, after, before, text, out var length))
            {
                found.Add(new Quantity(text.Substring(match.Index, Math.Min(length, text.Length - match.Index)).Trim(), match.Index));
            }
        }
        foreach (var number in NumberWords.Find(text))
        {
            if (WordQuantityLength(text, number) is { } length && !found.Any(f => f.Offset == number.Offset))
            {
                found.Add(new Quantity(text.Substring(number.Offset, length).Trim(), number.Offset));
            }
        }
        foreach (Match match in FixedFigure().Matches(text))
        {
            if (!found.Any(f => f.Offset <= match.Index && match.Index < f.Offset + f.Text.Length))
            {
                found.Add(new Quantity(match.Value, match.Index));
            }
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    // A number in words is a figure when a unit or a plural noun follows it ("three teams", "four-day", "ten times"),
    // never as a year, an ordinal or a version. Singular nouns after a word number are usually prose ("two things
    // happened" is plural; "the two disagreed" is not a count), so only plurals and units count.
    private static int? WordQuantityLength(string text, WordNumber number)
    {
        var end = number.Offset + number.Length;
        var after = text.AsSpan(end);
        foreach (var unit in UnitPattern().EnumerateMatches(after))
        {
            // "ten s" or "two h" are not how anyone writes units after a word; a word unit needs a word boundary.
            var unitText = after[..unit.Length].Trim().TrimStart('-');
            if (unitText.Length <= 2 && unitText is not "x" and not "%") break;
            return number.Length + unit.Length;
        }
        return PluralCountLength(after) is { } counted ? number.Length + counted : null;
    }

    // How far a plural noun that counts, or one word and such a noun, reaches after a number ("teams", "cron jobs");
    // null when none follows.
    private static int? PluralCountLength(ReadOnlySpan<char> after)
    {
        var words = CountNounPattern().Match(after[..CountNounExtent(after)].ToString());
        if (!words.Success) return null;
        var first = words.Groups["first"];
        if (IsPluralNoun(first.Value)) return first.Index + first.Length;
        var second = words.Groups["second"];
        if (second.Success && !NotCountNouns.Contains(first.Value) && IsPluralNoun(second.Value)) return second.Index + second.Length;
        return null;
    }

    private static bool IsPluralNoun(string word) =>
        word.Length > MinCountNounLength && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("ous", StringComparison.Ordinal) && !NotCountNouns.Contains(word);

    private static bool IsQuantity(Match match, ReadOnlySpan<char> after, ReadOnlySpan<char> before, string text, out int length)
    {
        length = match.Length;
        if (after.Length > 0 && after[0] == '.' && after.Length > 1 && char.IsDigit(after[1])) return false; // 1.2.3
        if (OrdinalPattern().IsMatch(after)) return false;
        if (TimeOfDayPattern().IsMatch(after)) return false;
        foreach (var unit in UnitPattern().EnumerateMatches(after))
        {
            length += unit.Length;
            return true;
        }
        if (Currencies.Contains(text[match.Index])) return true;
        if (MultiplierPrefixPattern().IsMatch(before)) return true;
        if (IsProductVersion(before, after)) return false;
        if (ArrowPattern().IsMatch(after)) return !IsYear(match) || !IsYearPair(after);

        // The pattern reads at most a space and two words: it runs on those alone, not on the rest of the text.
        var words = CountNounPattern().Match(after[..CountNounExtent(after)].ToString());
        if (!words.Success) return false;
        var first = words.Groups["first"];
        if (IsCountNoun(first.Value, match))
        {
            length += first.Index + first.Length;
            return true;
        }
        // An adjective may stand between the number and the noun: "3 flaky alerts".
        var second = words.Groups["second"];
        if (second.Success && !NotCountNouns.Contains(first.Value) && IsCountNoun(second.Value, match))
        {
            length += second.Index + second.Length;
            return true;
        }
        return false;
    }

    // What a number right after a word with a capital names: "Postgres 11", "iOS 17", "SOC 2", "ISO 27001".
    private enum NameKind { None, Name, Acronym }

    // The word right before a number, when a single space separates them and it has a capital: an acronym
    // ("SOC", "ISO") anywhere, another name ("Postgres", "iOS", "MySQL") only in the middle of a sentence, where a
    // capital is not just the sentence's first word ("Cut 40 services").
    private static NameKind NameBefore(ReadOnlySpan<char> before)
    {
        if (before.Length < 2 || before[^1] != ' ' || !char.IsLetter(before[^2])) return NameKind.None;
        var start = before.Length - 1;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        if (start > 0 && (char.IsDigit(before[start - 1]) || before[start - 1] is '\'' or '’' or '-' or '_' or '.')) return NameKind.None;
        var word = before[start..^1];
        var upper = 0;
        foreach (var c in word) if (char.IsUpper(c)) upper++;
        if (upper == 0) return NameKind.None;
        if (upper == word.Length && word.Length >= 2) return NameKind.Acronym;
        var at = start - 1;
        while (at >= 0 && before[at] is ' ' or '\t') at--;
        var midSentence = at >= 0 && before[at] is not ('.' or '!' or '?' or ':' or '\n' or '-' or '*' or '>' or '(' or '"' or '“');
        return midSentence ? NameKind.Name : NameKind.None;
    }

    // "Postgres 11 to " before the number: the second half of a version range.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<name>\p{L}+) (?<first>\d+)(?:\.\d+)*\s*(?:to|->|→|–|-)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeBefore();

    // A product's version or a standard's number, not an amount: after a name, unless a plural noun says it counts
    // ("the Payments 40 services", "Kafka 3 brokers"); after an acronym, unless that too or a before -> after
    // follows ("MTTR 45 -> 9"); the second half of a version range ("Postgres 11 to 15 last spring").
    private static bool IsProductVersion(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var near = before[Math.Max(0, before.Length - MaxNameContext)..];
        switch (NameBefore(near))
        {
            case NameKind.Acronym when ArrowPattern().IsMatch(after):
                return false;
            case NameKind.None:
                // Most numbers stop here: only one after "to" or a dash can end a range.
                if (!EndsRange(near)) return false;
                var range = RangeBefore().Match(near.ToString());
                if (!range.Success || NameBefore(near[..range.Groups["first"].Index]) != NameKind.Name) return false;
                break;
        }
        return PluralCountLength(after) is null;
    }

    private static bool EndsRange(ReadOnlySpan<char> before)
    {
        var end = before.TrimEnd();
        return end.EndsWith("to", StringComparison.OrdinalIgnoreCase) || end is [.., '-' or '>' or '→' or '–'];
    }

    // How far back a product name is looked for: the name, its number and a "to".
    private const int MaxNameContext = 40;

    // The currency signs NumberPattern's optional first group takes.
    private const string Currencies = "$€£¥";

    // How far CountNounPattern can reach: a white-space character and a word, twice.
    private static int CountNounExtent(ReadOnlySpan<char> after)
    {
        var at = 0;
        for (var word = 0; word < 2 && at + 1 < after.Length && char.IsWhiteSpace(after[at]) && char.IsLetter(after[at + 1]); word++)
        {
            at += 2;
            while (at < after.Length && (char.IsLetter(after[at]) || after[at] == '-')) at++;
        }
        return at;
    }

    private static bool IsCountNoun(string word, Match number)
    {
        if (word.Length < MinCountNounLength || NotCountNouns.Contains(word)) return false;
        // A year is followed by ordinary words ("2024 roadmap"); only a plural makes it a count ("2048 connections").
        if (IsYear(number)) return word.EndsWith('s') && word.Length > 3;
        return char.IsLower(word[0]) || word.EndsWith('s');
    }

    private static bool IsYear(Match number) =>
        !number.Groups["fraction"].Success
        && number.Groups["number"].Value.Length == 4
        && int.TryParse(number.Groups["number"].Value, out var value)
        && value is >= FirstYear and <= LastYear;

    private static bool IsYearPair(ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length && !char.IsDigit(rest[start])) start++;
        var end = start;
        while (end < rest.Length && char.IsDigit(rest[end])) end++;
        return end - start == 4 && int.TryParse(rest[start..end], out var value) && value is >= FirstYear and <= LastYear;
    }
}

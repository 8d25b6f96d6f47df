using System.Text.RegularExpressions;

namespace Handbook.Analysis;

/// <summary>A stated trade-off found in prose.</summary>
/// <param name="Text">The words that state it.</param>
/// <param name="Offset">Where they start in the searched text.</param>
/// <param name="Kind">Which kind of statement: a label, a cost, a sacrifice or a rejected option.</param>
public sealed record TradeoffMarker(string Text, int Offset, string Kind);

/// <summary>
/// Finds a trade-off stated inside any section: an explicit label ("Trade-off: memory grew 22%", "the trade-off
/// was ..."), a stated cost ("at the cost of 12% more CPU, which we accepted", "the downside was ..."), a
/// sacrifice ("I gave up two weeks of roadmap work", "sacrificed write latency") or a rejected option ("we chose
/// Kafka over SQS because ...", "I ruled out a rewrite"). Denials are near misses and do not count: "there was no
/// trade-off", "without sacrificing anything", "at no cost", "I never gave up". Praise alone states no cost.
/// </summary>
public static partial class TradeoffDetector
{
    /// <summary>Fewest words a trade-off needs to say what was rejected and what it cost.</summary>
    public const int MinWords = 3;

    [GeneratedRegex(@"^\W*(todo|tbd|tbc|tk|fixme|xxx|n/?a|none|placeholder|coming soon)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>True when <paramref name="text"/> is real text rather than empty or a placeholder.</summary>
    public static bool IsRealText(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || PlaceholderPattern().IsMatch(trimmed)) return false;
        return WordPattern().Matches(trimmed).Count >= MinWords;
    }

    /// <summary>Words before a marker, in its sentence, that are read for a denial ("no real trade-off", "didn't have to give up").</summary>
    public const int DenialWords = 3;

    [GeneratedRegex(@"\btrade-?\s?offs?\s*(?::|—|–|-\s)|\b(?:the|one|a|main|key|real|big|biggest|obvious|explicit|conscious|clear|accepted|only)\s+trade-?\s?off\s+(?:was|here was|is|I made|we made|I accepted|we accepted|:)|\b(?:I|we)\s+traded\b|\btraded\s+[\p{L}\s-]{1,30}?\s+for\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"\bat the (?:cost|expense|price) of\b|\bcost (?:us|me|the team|them|our \w+)\b|\bthe (?:cost|price|downside|catch|penalty|sacrifice) (?:was|is|here was|of (?:this|that) was)\b|\bwhich (?:we|I) (?:accepted|agreed to)\b|\b(?:we|I)\s+(?:knowingly\s+|consciously\s+|deliberately\s+)?accepted\s+(?:a|an|the|some|slower|higher|lower|more|less|longer|\d)|\baccepting\s+(?:a|an|some|slower|higher|lower|more|less|longer|\d)|\bin exchange for\b|\bthe (?:price|cost|toll) (?:we|I) paid\b|\bthe alternative\b[^.!?\n]{0,60}?\bwould have (?:cost|meant|taken|needed|required|doubled|added)\b|\bwhich meant (?:\d+|keeping|giving up|losing|delaying|accepting|waiting|living with|running|paying|dropping|postponing|slower|more|less|fewer|extra)\b|\bthe downside\b|\bat the price of\b|\bpaid (?:for it |for that )?(?:with|in)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cost();

    [GeneratedRegex(@"\bsacrific(?:e|ed|es|ing)\b|\b(?:gave|give|giving)\s+up\s+(?!on\b)(?=[\p{L}\p{N}$])|\bI\s+(?:deferred|postponed|dropped|cut)\s+(?:the|a|an|our|my|two|three|\d)|\bforgo(?:ne|ing)?\b|\bwent without\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sacrifice();

    [GeneratedRegex(@"\b(?:chose|choose|picked|went with|opted for|preferred|selected|settled on|decided on|favou?red|kept)\b[^.;!?\n]{1,80}?\b(?:over|instead of|rather than)\b|\b(?:ruled|ruling)\s+(?:it|that|this|them|those|these)\s+out\b|\b(?:rejected|ruled out|decided against|turned down|passed on|vetoed|discarded|dropped the idea of|said no to|argued against)\s+(?!it\b)[\p{L}\p{N}]|\b(?:considered|weighed|evaluated|looked at|prototyped)\b[^.;!?\n]{1,80}?\b(?:but|however)\b|\b(?:instead of|rather than)\b[^.!?\n]{1,80}?\bbecause\b|\bthe alternative (?:was|would have been)\b|\b(?:I|we) could have\b[^.!?\n]{1,80}?\bbut\b|\brather than\s+\w+ing\b|\b(?:proposed|recommended|suggested|argued for|pushed for|decided to|agreed to)\b[^.;!?\n]{1,80}?\b(?:rather than|instead of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectedOption();

    // "no trade-off", "without sacrificing", "never gave up", "didn't have to give up", "almost gave up".
    private static readonly HashSet<string> Denials = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "not", "never", "without", "nothing", "zero", "none", "didn't", "didn’t", "don't", "don’t", "wasn't", "wasn’t",
        "weren't", "weren’t", "hardly", "almost", "nearly", "barely",
    };

    [GeneratedRegex(@"^\s*(?:nothing|anything|no\b|none|n/?a\b|tbd|todo|-\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenialAfter();

    /// <summary>Every stated trade-off in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TradeoffMarker> Find(string text)
    {
        var found = new List<TradeoffMarker>();
        if (string.IsNullOrWhiteSpace(text)) return found;
        Collect(found, text, Label(), "label", denialMatters: true);
        Collect(found, text, Cost(), "cost", denialMatters: true);
        Collect(found, text, Sacrifice(), "sacrifice", denialMatters: true);
        Collect(found, text, RejectedOption(), "rejected option", denialMatters: true);
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>Most words in a short answer that only says no ("None really.", "Nothing to speak of.").</summary>
    public const int ShortDenialWords = 6;

    [GeneratedRegex(@"^\W*(?:there\s+(?:was|were|is)\s+|we\s+had\s+|I\s+had\s+|it\s+had\s+)?(?:no|not (?:really )?(?:a|any)|zero|without (?:any )?)\s*(?:real\s+|significant\s+|major\s+|obvious\s+)?(?:trade-?\s?offs?|sacrifices?|downsides?|costs?|compromises?|drawbacks?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenialOpening();

    [GeneratedRegex(@"^\W*(?:no|none|nothing|not really|not much|n/?a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortNo();

    /// <summary>
    /// True when <paramref name="text"/>, written where a trade-off belongs, says there was none: a short "None
    /// really.", or "There was no real trade-off ..." with no cost stated after it.
    /// </summary>
    public static bool IsDenial(string text)
    {
        var trimmed = text.Trim();
        if (ShortNo().IsMatch(trimmed) && trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= ShortDenialWords) return true;
        var opening = DenialOpening().Match(trimmed);
        if (opening.Success) return !Any(trimmed[(opening.Index + opening.Length)..]);
        return DenialPhrase().IsMatch(trimmed) && !Any(trimmed);
    }

    // A denial phrased around its verb ("I didn't have to sacrifice anything", "at no cost to the team").
    [GeneratedRegex(@"\b(?:at no (?:cost|expense|price)|(?:didn'?t|did not|never) (?:have to |need to |really )?(?:give|sacrifice|trade|lose|pay|compromise)|nothing (?:was |had to be )?(?:given up|sacrificed|lost|traded)|without (?:any )?(?:trade-?\s?offs?|downsides?|sacrific\w+|costs?|compromises?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenialPhrase();

    /// <summary>True when <paramref name="text"/> states a trade-off.</summary>
    public static bool Any(string text) => Find(text).Count > 0;

    private static void Collect(List<TradeoffMarker> found, string text, Regex pattern, string kind, bool denialMatters)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (denialMatters && IsDenied(text, match)) continue;
            found.Add(new TradeoffMarker(match.Value.Trim(), match.Index, kind));
        }
    }

    private static bool IsDenied(string text, Match match)
    {
        // A label with nothing after it, or only a denial ("**Trade-off:** None."), states nothing.
        if (match.Value.TrimEnd() is [.., ':' or '—' or '–' or '-'])
        {
            var after = text.AsSpan(match.Index + match.Length).TrimStart("*_ \t\n");
            var paragraph = after.IndexOf("\n\n") is var end and >= 0 ? after[..end] : after;
            var stated = paragraph.ToString();
            if (!IsRealText(stated) || IsDenial(stated)) return true;
        }
        var start = match.Index;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n' or ';' or ',' or ':')) start--;
        var words = text[start..match.Index].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.TakeLast(DenialWords).Any(w => Denials.Contains(w.Trim('(', ')', '"', '“', '”')))) return true;
        return DenialAfter().IsMatch(text.AsSpan(match.Index + match.Length).ToString());
    }
}

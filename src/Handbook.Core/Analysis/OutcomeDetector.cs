using System.Text.RegularExpressions;

namespace Handbook.Analysis;

/// <summary>An outcome phrased as a change, e.g. "error rate dropped from 1.2% to 0.05%".</summary>
/// <param name="Text">The change as written.</param>
/// <param name="Offset">Where it starts in the searched text.</param>
/// <param name="HasBaseline">False when only the end state is given ("improved to 99.95%").</param>
public sealed record Change(string Text, int Offset, bool HasBaseline);

/// <summary>
/// Finds outcomes phrased as a change of a number: a before -> after pair ("850 ms -> 320 ms", "from 40 to 12",
/// "from twelve minutes to two"), "down from 40%", a change verb with an amount ("reduced p99 by 40%", "saved
/// $40k a year", "cut it in half", "doubled throughput"), or a change verb with an end state ("improved to
/// 99.95%"), which has no baseline. Pure: the text in, the changes out.
/// </summary>
public static partial class OutcomeDetector
{
    private const string Number = @"(?:[$€£¥]\s?)?(?:\d[\d,]*(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a dozen|a hundred|a few|a handful|none|nothing|half|an?\s+(?=(?:second|minute|hour|day|week|month|quarter|year)s?\b))";

    private const string Unit = @"(?:\s?(?:%|x\b|×|[kmgt]i?b\b|ms\b|µs\b|s\b|sec\b|seconds?\b|minutes?\b|mins?\b|hours?\b|days?\b|weeks?\b|k\b|rps\b|qps\b|tps\b|pages\b|alerts\b|errors\b))?";

    private const string ChangeVerb = @"(?:\b(?:dropped|fell|went|came|rose|grew|climbed|shrank|moved|cut|reduced|lowered|raised|improved|increased|decreased|brought|took)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?)?";

    [GeneratedRegex(ChangeVerb + @"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|~)?" + Number + @"[\p{L}%]*[^.;\n]{0,30}?\s(?:to|down to|up to|->|→)\s+(?:about\s+|around\s+|under\s+|below\s+|just\s+|~)?" + Number + Unit,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\d[\d,.]*\s?[\p{L}%/]*\s*(?:->|→|=>|—>)\s*[$€£]?\d[\d,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Arrow();

    [GeneratedRegex(@"\b(?:down|up)\s+from\s+(?:about\s+|~)?" + Number, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DownFrom();

    // A change verb, then within the clause "by" an amount, or the amount saved or removed.
    [GeneratedRegex(@"\b(?:cut|cuts|reduced|reduces|dropped|drops|fell|falls|rose|rises|grew|grows|increased|increases|decreased|decreases|improved|improves|lowered|raised|shrank|shrunk|sped up|slashed|trimmed|boosted|saved|saves|eliminated|removed|halved|doubled|tripled|freed|recovered|went down|went up)\b(?!-)(?<tail>[^.;\n]{0,40}?)\b(?<kind>by|to|at|under|below|from)?\s*(?<amount>(?:[$€£¥]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|x|×|ms|s|seconds?|minutes?|hours?|days?|weeks?|k|m|[kmgt]i?b|engineer[- ]hours|hours? a week|pages|alerts|tickets|incidents|\p{L}+)?|in half|by half|(?:two|three|four|five|six|seven|eight|nine|ten)[- ]?fold|tenfold|twofold|threefold|(?:two|three|four|five|ten) times|half)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbAmount();

    [GeneratedRegex(@"\b(?:halved|doubled|tripled|quadrupled|cut (?:it |them |that |this |the \w+ )?in half|(?:two|three|four|five|ten|\d+)[- ]?fold|tenfold)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Multiple();

    /// <summary>Every change in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Change> Find(string text)
    {
        var found = new List<Change>();
        foreach (Match m in FromTo().Matches(text))
        {
            if (!IsYearRange(m.Value)) Add(found, m, true);
        }
        foreach (Match m in Arrow().Matches(text))
        {
            if (!IsYearRange(m.Value)) Add(found, m, true);
        }
        foreach (Match m in DownFrom().Matches(text)) Add(found, m, true);
        foreach (Match m in Multiple().Matches(text)) Add(found, m, true);
        foreach (Match m in VerbAmount().Matches(text))
        {
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            var amount = m.Groups["amount"].Value;
            // "improved to 99.95%" and "fell to 3%" give only the end state; "by 40%", "saved $40k" imply the baseline.
            if (!QuantityDetector.HasQuantity(amount) && !Multiple().IsMatch(amount) && amount is not ("in half" or "by half" or "half")) continue;
            if (kind == "from") continue;
            Add(found, m, kind is not ("to" or "at" or "under" or "below"));
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    // "from 2019 to 2021" and "2020 -> 2021" are dates, not a change of a figure.
    private static bool IsYearRange(string text)
    {
        var numbers = YearLike().Matches(text);
        return numbers.Count >= 2;
    }

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d\d(?![\d.,%]|\s?(?:ms|s|%|rps|k))", RegexOptions.CultureInvariant)]
    private static partial Regex YearLike();

    /// <summary>True when <paramref name="text"/> states an outcome as a change.</summary>
    public static bool Any(string text) => Find(text).Count > 0;

    private static void Add(List<Change> found, Match match, bool baseline)
    {
        var overlap = found.FindIndex(c => match.Index < c.Offset + c.Text.Length && c.Offset < match.Index + match.Length);
        if (overlap >= 0)
        {
            if (baseline && !found[overlap].HasBaseline) found[overlap] = found[overlap] with { HasBaseline = true };
            return;
        }
        found.Add(new Change(match.Value.Trim(), match.Index, baseline));
    }
}

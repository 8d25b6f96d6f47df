using System.Text.RegularExpressions;

namespace Handbook.Text;

/// <summary>A number written in words, e.g. "twenty-five" or "a dozen", found in a text.</summary>
/// <param name="Offset">Where it starts.</param>
/// <param name="Length">How many characters it takes.</param>
/// <param name="Value">Its value.</param>
public sealed record WordNumber(int Offset, int Length, long Value);

/// <summary>
/// Numbers written as words: zero to ninety-nine (hyphenated or not), hundred, thousand, million, billion and
/// dozen, optionally after "a"/"an" ("a dozen", "a hundred"). "one", "a" and "an" alone are not found: in
/// prose they are almost never a count ("one of the", "one day", "a service").
/// </summary>
public static partial class NumberWords
{
    private static readonly Dictionary<string, long> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
    };

    // A run of number words: "twenty-five", "two hundred", "a dozen", "three thousand five hundred".
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:(?:an?|one)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)(?:(?:[\s-]+|\s+and\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b)*(?![\p{L}\p{N}'’])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Run();

    /// <summary>Every number written in words in <paramref name="text"/>, in order (not "one" alone).</summary>
    public static IEnumerable<WordNumber> Find(string text)
    {
        foreach (Match match in Run().Matches(text))
        {
            if (!TryValue(match.Value, out var value)) continue;
            if (match.Value.Equals("one", StringComparison.OrdinalIgnoreCase)) continue;
            yield return new WordNumber(match.Index, match.Length, value);
        }
    }

    /// <summary>The value of a run of number words ("twenty-five" → 25, "a dozen" → 12); false when it is not one.</summary>
    public static bool TryValue(string words, out long value)
    {
        value = 0;
        long current = 0;
        var any = false;
        foreach (var word in words.Split([' ', '-', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                current = 1;
                continue;
            }
            if (Small.TryGetValue(word, out var small))
            {
                current += small;
                any = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                current = Math.Max(current, 1) * scale;
                if (scale >= 1_000)
                {
                    value += current;
                    current = 0;
                }
                any = true;
            }
            else return false;
        }
        value += current;
        return any;
    }

    /// <summary>True when <paramref name="word"/> is a number word, "one" included (for before -> after pairs).</summary>
    public static bool IsNumberWord(string word) => Small.ContainsKey(word) || Scales.ContainsKey(word);
}

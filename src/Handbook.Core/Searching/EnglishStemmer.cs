namespace Handbook.Searching;

/// <summary>
/// A light English stemmer, so that "deploys", "deployed" and "deploying" find "deploy", and "outages" finds
/// "outage". The browser applies the same rules (<c>theme/assets/stem.js</c>) to what a user types; a test
/// checks that both give the same stem for every word of a list. It only removes endings; search matches
/// stems as prefixes, so "migrat" (from "migrated") also finds "migration".
/// </summary>
/// <remarks>
/// The rules, in order, on a lower-case word of letters (a word with a digit, or of three letters or fewer,
/// is left as it is; no step leaves fewer than three letters):
/// <list type="number">
/// <item>plurals: -sses → -ss, -ies → -y, -s → (nothing) unless the word ends in -ss, -us or -is;</item>
/// <item>nouns from verbs: -ment → (nothing), -ion → (nothing) after t or s;</item>
/// <item>tenses: -ied → -y, -ing and -ed → (nothing) when a vowel is left, then a doubled final consonant
/// other than l, s or z is halved ("shipped" → "ship");</item>
/// <item>a final e is dropped unless it follows another e ("outage" → "outag", "free" stays).</item>
/// </list>
/// </remarks>
public static class EnglishStemmer
{
    /// <summary>Fewest letters a stem keeps.</summary>
    public const int MinStemLength = 3;

    /// <summary>The stem of <paramref name="word"/> (already lower case, as the tokenizer gives it).</summary>
    public static string Stem(string word)
    {
        if (word.Length <= MinStemLength) return word;
        var buffer = word.ToCharArray();
        var length = Stem(buffer);
        return length == word.Length ? word : new string(buffer, 0, length);
    }

    /// <summary>Stems <paramref name="word"/> in place and returns the stem's length; a stem is never longer.</summary>
    public static int Stem(Span<char> word)
    {
        var length = word.Length;
        if (length <= MinStemLength) return length;
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z') return length; // digits, accents left by other scripts: kept whole
        }

        // 1. Plurals and the third person.
        if (EndsWith(word, length, "sses")) length -= 2;
        else if (EndsWith(word, length, "ies") && length - 3 >= MinStemLength - 1)
        {
            length -= 2;
            word[length - 1] = 'y';
        }
        else if (EndsWith(word, length, "ss") || EndsWith(word, length, "us") || EndsWith(word, length, "is")) { }
        else if (word[length - 1] == 's' && length - 1 >= MinStemLength) length--;

        // 2. Nouns made from verbs.
        if (EndsWith(word, length, "ment") && length - 4 >= MinStemLength + 1) length -= 4;
        else if (EndsWith(word, length, "ion") && length - 3 >= MinStemLength + 1 && word[length - 4] is 't' or 's') length -= 3;

        // 3. Tenses.
        if (EndsWith(word, length, "ied") && length - 3 >= MinStemLength - 1)
        {
            length -= 2;
            word[length - 1] = 'y';
        }
        else if (TrimVerbEnding(word, ref length, "ing") || TrimVerbEnding(word, ref length, "ed"))
        {
            var last = word[length - 1];
            if (length - 1 >= MinStemLength && last == word[length - 2] && !IsVowel(last) && last is not ('l' or 's' or 'z')) length--;
        }

        // 4. A silent final e.
        if (length > MinStemLength && word[length - 1] == 'e' && word[length - 2] != 'e') length--;
        return length;
    }

    private static bool TrimVerbEnding(Span<char> word, ref int length, string ending)
    {
        if (!EndsWith(word, length, ending) || length - ending.Length < MinStemLength) return false;
        var stem = word[..(length - ending.Length)];
        foreach (var c in stem)
        {
            if (IsVowel(c) || c == 'y')
            {
                length -= ending.Length;
                return true;
            }
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWith(ReadOnlySpan<char> word, int length, string ending) =>
        length >= ending.Length && word[..length].EndsWith(ending, StringComparison.Ordinal);
}

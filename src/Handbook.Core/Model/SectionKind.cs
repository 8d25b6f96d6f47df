namespace Handbook.Model;

/// <summary>The STAR-family beats a story body is made of.</summary>
public enum SectionKind
{
    /// <summary>A section whose heading is not one of the known beats.</summary>
    Other,

    /// <summary>The system, its scale, the baseline, the stakes.</summary>
    Situation,

    /// <summary>What the author personally owned.</summary>
    Task,

    /// <summary>The engineering work the author did.</summary>
    Action,

    /// <summary>The option rejected and what the choice cost.</summary>
    Tradeoff,

    /// <summary>The quantified outcome.</summary>
    Result,

    /// <summary>What changed afterwards.</summary>
    Reflection,
}

/// <summary>Heading names and anchors of <see cref="SectionKind"/>.</summary>
public static partial class SectionKinds
{
    /// <summary>The beats in speaking order (STAR-TR).</summary>
    public static IReadOnlyList<SectionKind> Ordered { get; } =
    [
        SectionKind.Situation, SectionKind.Task, SectionKind.Action,
        SectionKind.Tradeoff, SectionKind.Result, SectionKind.Reflection,
    ];

    // Accepted names of each beat, compared after normalising (lower case, no emphasis, no trailing colon,
    // no leading "the/my/our", no numbering). STAR, STAR-L, STAR-TR, CARL, CAR and PAR names are all here.
    private static readonly Dictionary<string, SectionKind> Aliases = Build(
        (SectionKind.Situation, ["situation", "context", "background", "setting", "scenario", "problem", "challenge"]),
        (SectionKind.Task, ["task", "tasks", "goal", "goals", "objective", "objectives", "role", "responsibility", "what i owned", "assignment"]),
        (SectionKind.Action, ["action", "actions", "what i did", "approach", "steps", "solution", "what we did", "execution"]),
        (SectionKind.Tradeoff, ["trade-off", "tradeoff", "trade-offs", "tradeoffs", "trade off", "trade offs", "alternatives", "options",
            "what i gave up", "cost", "costs", "compromise", "compromises", "decision and trade-off", "the cost"]),
        (SectionKind.Result, ["result", "results", "outcome", "outcomes", "impact", "what happened", "results and impact", "result and impact",
            "outcome and impact"]),
        (SectionKind.Reflection, ["reflection", "reflections", "learning", "learnings", "lesson", "lessons", "lesson learned", "lessons learned",
            "lessons learnt", "lesson learnt", "what i learned", "what i learnt", "takeaway", "takeaways", "key takeaways", "looking back",
            "what i would do differently", "what i'd do differently", "retrospective", "afterwards", "next time"]));

    // Words that may follow a name without changing its beat: "Actions taken", "Trade-offs considered", "Results achieved".
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "taken", "considered", "made", "weighed", "faced", "achieved", "learned", "learnt", "i took", "i made", "i weighed",
        "i considered", "i faced", "in numbers", "and metrics", "& metrics", "and numbers", "& numbers", "rejected", "accepted", "summary", "overview",
    };

    // Leading words that do not change the beat: "The situation", "My task", "Key results".
    private static readonly string[] Determiners = ["the ", "my ", "our ", "key ", "main ", "final "];

    private static Dictionary<string, SectionKind> Build(params (SectionKind Kind, string[] Names)[] groups)
    {
        var aliases = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, names) in groups)
        {
            foreach (var name in names) aliases[name] = kind;
        }
        return aliases;
    }

    /// <summary>Every accepted name, normalised (lower case), with its beat: for suggestions and documentation.</summary>
    public static IReadOnlyDictionary<string, SectionKind> Names => Aliases;

    /// <summary>Maps a heading's text to its beat; <see cref="SectionKind.Other"/> when unknown.</summary>
    public static SectionKind FromHeading(string heading) => FromName(heading, allowQualifier: true);

    /// <summary>
    /// Maps a section name to its beat: an accepted name, optionally after "the/my/our" or numbering, before a
    /// qualifier ("Actions taken") when <paramref name="allowQualifier"/>, or the first of two joined names
    /// ("Situation and Task"). <see cref="SectionKind.Other"/> when unknown.
    /// </summary>
    public static SectionKind FromName(string name, bool allowQualifier)
    {
        var key = Normalize(name);
        if (key.Length == 0) return SectionKind.Other;
        if (Aliases.TryGetValue(key, out var kind)) return kind;
        foreach (var joiner in JoinWords)
        {
            var at = key.IndexOf(joiner, StringComparison.Ordinal);
            if (at > 0 && Aliases.TryGetValue(key[..at], out kind) && FromName(key[(at + joiner.Length)..], false) != SectionKind.Other) return kind;
        }
        if (!allowQualifier) return SectionKind.Other;
        foreach (var (alias, beat) in Aliases)
        {
            if (key.Length > alias.Length + 1 && key.StartsWith(alias, StringComparison.Ordinal) && key[alias.Length] == ' '
                && Qualifiers.Contains(key[(alias.Length + 1)..])) return beat;
        }
        return SectionKind.Other;
    }

    /// <summary>Fewest letters a name needs before a near miss is suggested: "Res:" is too short to guess from.</summary>
    public const int MinSuggestedLength = 4;

    /// <summary>
    /// The beat a mistyped name most likely means ("Outcom" → Result, "Sitaution" → Situation), or null when no
    /// accepted name is within one edit per four letters.
    /// </summary>
    public static SectionKind? Suggest(string name)
    {
        var key = Normalize(name);
        if (key.Length < MinSuggestedLength || FromHeading(key) != SectionKind.Other) return null;
        var budget = Math.Max(1, key.Length / 4);
        SectionKind? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (alias, kind) in Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (Math.Abs(alias.Length - key.Length) > budget) continue;
            var distance = Text.NearestMatch.Distance(key, alias);
            if (distance < bestDistance) (best, bestDistance) = (kind, distance);
        }
        return bestDistance <= budget ? best : null;
    }

    private static readonly string[] JoinWords = [" and ", " & ", " / ", "/", " + "];

    /// <summary>A name as compared: lower case, emphasis and trailing punctuation removed, spaces collapsed, no leading article or numbering.</summary>
    public static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (c is '*' or '_' or '`' || IsDecoration(c)) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c switch { '’' => '\'', '–' or '—' or '‐' => '-', _ => char.ToLowerInvariant(c) });
        }
        var key = builder.ToString().TrimEnd(':', '.', ' ', '-', '!', '?').Trim();
        // "Result(s)" names the same beat.
        if (key.EndsWith("(s)", StringComparison.Ordinal)) key = key[..^3].TrimEnd();
        // "Step 5: Result", "Part 2 - Action".
        if (StepPrefix().Match(key) is { Success: true } step) key = key[step.Length..];
        // A parenthesised note after the name: "Result (about 15 s)".
        var paren = key.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && key.EndsWith(')')) key = key[..paren];
        // Numbering: "1. Situation", "2) Task", "Step 3: Action".
        var digits = 0;
        while (digits < key.Length && char.IsAsciiDigit(key[digits])) digits++;
        if (digits > 0 && digits < key.Length && key[digits] is '.' or ')' or ':') key = key[(digits + 1)..].TrimStart();
        foreach (var determiner in Determiners)
        {
            if (key.StartsWith(determiner, StringComparison.Ordinal) && !Aliases.ContainsKey(key)) { key = key[determiner.Length..]; break; }
        }
        return key;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:step|part|beat|phase)\s+\d{1,2}\s*[:.)-]?\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StepPrefix();

    // Emoji and symbols people put around a heading ("📈 Result", "Result 🎯", "✅ Results"): not part of the name.
    private static bool IsDecoration(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
        or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.ModifierSymbol;

    /// <summary>The canonical heading, e.g. "Trade-off".</summary>
    public static string Title(this SectionKind kind) => kind switch
    {
        SectionKind.Tradeoff => "Trade-off",
        _ => kind.ToString(),
    };

    /// <summary>The anchor id on the story page, e.g. <c>trade-off</c>.</summary>
    public static string Anchor(this SectionKind kind) => kind.Title().ToLowerInvariant();
}

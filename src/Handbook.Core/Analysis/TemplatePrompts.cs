using System.Text.RegularExpressions;

namespace Handbook.Analysis;

/// <summary>
/// Finds a section (or a field) that still holds a story template's prompt instead of an answer: every sentence in
/// it is a question put to the writer ("What did you give up, and why?", "What changed?") or an instruction
/// ("Describe the context: team, system, scale.", "Quantify it, e.g. reduced latency by 40%."). Only a text made
/// of nothing else counts, so an answer that opens with its own question ("What would I change? The rollout.")
/// or a reflection that speaks to "you" is never taken for a prompt.
/// </summary>
public static partial class TemplatePrompts
{
    // Instructions start with a verb said to the writer. A narrative sentence starts with its subject ("I", "We",
    // "The team"), so a text made only of such sentences was never written by its author.
    [GeneratedRegex(@"^(?:(?:briefly|now|here|then|please|in one sentence|in a sentence|in (?:two|three|2|3)(?:-| to | or )(?:three|four|3|4) sentences),?\s+)?(?:describe|explain|list|write|add|state|summari[sz]e|mention|include|give|quantify|insert|replace|fill in|outline|share|provide|talk about|focus on|highlight|detail|specify|identify|discuss|clarify|walk (?:me |us |the reader )?through|set the scene|keep it|use (?:numbers|metrics|data|the|a|one|two|first person)|say|tell (?:me|us|the reader)|show|note|name|put|think about|reflect on|consider|remember to|don't forget|make sure|be specific|avoid|start with|end with|what to write)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();

    // Instructions only a template gives: with a lead-in ("Briefly, ..."), or a verb nobody uses for a lesson.
    [GeneratedRegex(@"^(?:(?:briefly|now|here|then|please|in one sentence|in a sentence|in (?:two|three|2|3)(?:-| to | or )(?:three|four|3|4) sentences),?\s+\w|(?:summari[sz]e|quantify|insert|replace|fill in|outline|mention|specify|clarify|highlight|walk (?:me |us |the reader )?through|set the scene|use (?:numbers|metrics|data|first person)|tell (?:me|us|the reader)|talk about|focus on|reflect on|be specific|what to write|keep it (?:to|under|short|brief|concise))\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateOnlyInstruction();

    // What a template's instruction is about: the story and its beats, the writer ("you"), an example to follow, a
    // slot (a colon list, a time note). A lesson in the imperative ("Write the rollback plan before the deploy.")
    // speaks of the work instead.
    [GeneratedRegex(@"\b(?:you|your|yours|yourself|situation|task|action|result|results|outcome|trade-?\s?offs?|reflection|context|story|answer|metrics?|baseline|stakes|problem|challenges?|sentences?|words|alternatives|options|rejected|here|e\.g|for example|such as)\b|[:(]|\b(?:what|how|why|which)\s+(?:you|your|I|we|did|was|were|happened|changed|went|it (?:mattered|matters|happened|went|changed)|the \w+ (?:cost|was|were))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptCue();

    // A lesson says when or how often ("before the deploy", "every status update", "first", "next time"); a template's
    // instruction does not, "before and after" aside.
    [GeneratedRegex(@"\b(?:before(?! and after)|after(?:wards)?(?<!before and after)|every|always|never|whenever|when|first|early|earlier|next time|until|instead of|rather than|not)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LessonMarker();

    // A question put to the writer: in the second person anywhere, or a short wh-question ("What changed?").
    [GeneratedRegex(@"\b(?:you|your|yours|yourself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"^(?:what|why|how|who|when|where|which|did|was|were|is|are|any)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhWord();

    // Abbreviations whose full stop does not end a sentence.
    [GeneratedRegex(@"\b(?:e\.g|i\.e|etc|vs|approx|incl|cf)\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    // Sentence ends, line breaks, and the Markdown around a line (list markers, quote marks, emphasis).
    [GeneratedRegex(@"(?<=[.?!])\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)+|[*_`]+", RegexOptions.CultureInvariant)]
    private static partial Regex LineMarkup();

    /// <summary>Shortest wh-question taken for a prompt without a "you": longer ones may be the author's own.</summary>
    public const int MaxBareQuestionWords = 6;

    /// <summary>
    /// The first sentence of <paramref name="text"/> when the whole text is a template's prompt; null when it holds
    /// any sentence of an answer, or nothing.
    /// </summary>
    public static string? Find(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Every section of every story passes here: stop at the first sentence that is not a prompt (in a story,
        // almost always the first), and cut no sentence beyond it.
        string? first = null;
        foreach (var sentence in Sentences(Abbreviation().Replace(text, m => m.Value.Replace('.', '\u2024'))))
        {
            if (!IsPrompt(sentence)) return null;
            first ??= sentence.Replace('\u2024', '.');
        }
        if (first is null) return null;
        return first.Length > Placeholders.MaxQuoted ? first[..(Placeholders.MaxQuoted - 1)].TrimEnd() + "…" : first;
    }

    // The sentences and lines of a text without their Markdown, skipping those with no letter, one at a time.
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        foreach (Match end in SentenceBreak().Matches(text))
        {
            if (Clean(text[start..end.Index]) is { } sentence) yield return sentence;
            start = end.Index + end.Length;
        }
        if (Clean(text[start..]) is { } last) yield return last;
    }

    private static string? Clean(string piece)
    {
        var sentence = LineMarkup().Replace(piece, "").Trim();
        return sentence.Any(char.IsLetter) ? sentence : null;
    }

    private static bool IsPrompt(string sentence)
    {
        if (Instruction().IsMatch(sentence))
        {
            if (TemplateOnlyInstruction().IsMatch(sentence)) return true;
            return !LessonMarker().IsMatch(sentence) && PromptCue().IsMatch(sentence);
        }
        if (!sentence.EndsWith('?')) return false;
        if (SecondPerson().IsMatch(sentence)) return true;
        return WhWord().IsMatch(sentence) && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxBareQuestionWords;
    }
}

using System.Text.RegularExpressions;
using Handbook.Model;

namespace Handbook.Analysis;

/// <summary>
/// Measurements of a story's prose that the coaching rules and the coverage dashboard share: words,
/// first-person counts, figures and estimated speaking time. Pure functions of the story.
/// </summary>
public static partial class StoryProse
{
    /// <summary>Words per minute of calm interview speech, used for every spoken-length estimate.</summary>
    public const int WordsPerMinute = 140;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(I|my|me|mine|myself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SingularPattern();

    [GeneratedRegex(@"\b(we|our|us|ours|ourselves)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PluralPattern();

    // Validation and the coverage dashboard ask the same questions of the same texts: the analysis stage
    // answers them once per story (StoryFacts), from the masked texts these functions count in.

    /// <summary>The words of some Markdown's prose (code, link targets and HTML left out).</summary>
    public static int Words(string markdown) => SpokenWordCount(ProseMask.MaskCodeOnly(markdown));

    /// <summary>The words of a text already masked with <see cref="ProseMask.MaskCodeOnly"/>.</summary>
    internal static int SpokenWordCount(string masked) => WordPattern().Count(masked);

    /// <summary>"I/my/me" and "we/our/us" in a text already masked with <see cref="ProseMask.Mask"/>.</summary>
    internal static (int Singular, int Plural) PronounCount(string masked) => (SingularPattern().Count(masked), PluralPattern().Count(masked));

    /// <summary>Seconds to say <paramref name="words"/> words.</summary>
    public static int Seconds(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute);

    /// <summary>The first-person plural words of a section's prose, with their offsets.</summary>
    public static IEnumerable<Match> PluralWords(StoryFacts facts, StorySection section) => PluralPattern().Matches(facts.Of(section).Masked);

    /// <summary>Quantified figures in the metrics and the Result section.</summary>
    public static int Figures(Story story) =>
        story.Metrics.Sum(m => QuantityDetector.Find(m).Count()) + QuantityDetector.Find(story.Section(SectionKind.Result)?.Markdown ?? "").Count();

    /// <summary>The 1-based file line and column of <paramref name="offset"/> in <paramref name="section"/>'s Markdown.</summary>
    public static (int Line, int Column) Locate(StorySection section, int offset)
    {
        var text = section.Markdown;
        offset = Math.Clamp(offset, 0, text.Length);
        var lineBreaks = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] != '\n') continue;
            lineBreaks++;
            lineStart = i + 1;
        }
        // The first line of a labelled section starts after its label, not at column 1.
        return (section.BodyLine + lineBreaks, offset - lineStart + (lineBreaks == 0 ? section.BodyColumn : 1));
    }

    /// <summary>"1 min 45 s", "80 s".</summary>
    public static string Duration(int seconds) => seconds < 60 ? $"{seconds} s" : $"{seconds / 60} min {seconds % 60} s";
}

using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Handbook.Model;
using Handbook.Validation;

namespace Handbook.Coaching;

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

    // Validation and the coverage dashboard ask the same questions of the same texts: each answer is worked
    // out once per text (or story) instance and collected with it.
    private static readonly ConditionalWeakTable<string, StrongBox<int>> WordCounts = new();
    private static readonly ConditionalWeakTable<string, Tuple<int, int>> PronounCounts = new();
    private static readonly ConditionalWeakTable<Story, StrongBox<int>> FigureCounts = new();

    /// <summary>The words of some Markdown's prose (code, link targets and HTML left out).</summary>
    public static int Words(string markdown) =>
        WordCounts.GetValue(markdown, m => new StrongBox<int>(WordPattern().Count(ProseMask.MaskCodeOnly(m)))).Value;

    /// <summary>Words in the story's sections and preamble: what the author would say aloud.</summary>
    public static int SpokenWords(Story story) => Words(story.Preamble) + story.Sections.Sum(s => Words(s.Markdown));

    /// <summary>Estimated seconds to say the story aloud.</summary>
    public static int SpokenSeconds(Story story) => Seconds(SpokenWords(story));

    /// <summary>Seconds to say <paramref name="words"/> words.</summary>
    public static int Seconds(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute);

    /// <summary>"I/my/me" and "we/our/us" in the author's own prose (quotes and code left out) of the given beats.</summary>
    public static (int Singular, int Plural) Pronouns(Story story, params SectionKind[] kinds)
    {
        var singular = 0;
        var plural = 0;
        foreach (var section in story.Sections.Where(s => kinds.Length == 0 || kinds.Contains(s.Kind)))
        {
            var counts = PronounCounts.GetValue(section.Markdown, m =>
            {
                var prose = ProseMask.Mask(m);
                return Tuple.Create(SingularPattern().Count(prose), PluralPattern().Count(prose));
            });
            singular += counts.Item1;
            plural += counts.Item2;
        }
        return (singular, plural);
    }

    /// <summary>The first-person plural words of a section's prose, with their offsets.</summary>
    public static IEnumerable<Match> PluralWords(StorySection section) => PluralPattern().Matches(ProseMask.Mask(section.Markdown));

    /// <summary>Quantified figures in the metrics and the Result section.</summary>
    public static int Figures(Story story) => FigureCounts.GetValue(story, s => new StrongBox<int>(
        s.Metrics.Sum(m => QuantityDetector.Find(m).Count())
        + QuantityDetector.Find(s.Section(SectionKind.Result)?.Markdown ?? "").Count())).Value;

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

using Handbook.Model;

namespace Handbook.Analysis;

/// <summary>
/// What the analysis stage works out of one story, once, for every later stage: validation, the site's pages, the
/// search index and the practice data all read these instead of measuring the story again.
/// </summary>
public sealed record StoryFacts
{
    /// <summary>The story these facts are of.</summary>
    public required Story Story { get; init; }

    /// <summary>The facts of the preamble (the Markdown before the first section).</summary>
    public required TextFacts Preamble { get; init; }

    /// <summary>The facts of each section, in the order of <see cref="Story.Sections"/>.</summary>
    public required IReadOnlyList<TextFacts> Sections { get; init; }

    /// <summary>The facts of each inline label's paragraph, in the order of <see cref="Story.InlineLabels"/>.</summary>
    public required IReadOnlyList<TextFacts> Labels { get; init; }

    /// <summary>The hook shown on cards: the summary, else the first sentence of the Situation.</summary>
    public required string Hook { get; init; }

    /// <summary>The key number: the first <c>metrics</c> entry, else a figure phrase from the Result; empty when none.</summary>
    public required string KeyMetric { get; init; }

    /// <summary>The trade-off in one line.</summary>
    public required string TradeoffLine { get; init; }

    /// <summary>The full trade-off text when <see cref="TradeoffLine"/> leaves some of it out; null when it says it all.</summary>
    public string? TradeoffOverflow { get; init; }

    /// <summary>Words in the preamble and the sections: what the author would say aloud.</summary>
    public int SpokenWords { get; init; }

    /// <summary>Estimated seconds to say the story aloud.</summary>
    public int SpokenSeconds => StoryProse.Seconds(SpokenWords);

    /// <summary>Quantified figures in the metrics and the Result section.</summary>
    public int Figures { get; init; }

    /// <summary>The facts of <paramref name="section"/>, one of the story's own sections (else worked out on the spot).</summary>
    public TextFacts Of(StorySection section) =>
        BySection.TryGetValue(section, out var facts) ? facts : TextFacts.Of(section.Markdown, StoryDigest.PlainText);

    // Each section's facts by reference: rules ask for them section by section, and a story may have thousands.
    private IReadOnlyDictionary<StorySection, TextFacts> BySection { get; init; } = new Dictionary<StorySection, TextFacts>();

    /// <summary>"I/my/me" and "we/our/us" in the author's own prose (quotes and code left out) of the given beats (all when none).</summary>
    public (int Singular, int Plural) Pronouns(params SectionKind[] kinds)
    {
        var singular = 0;
        var plural = 0;
        for (var i = 0; i < Story.Sections.Count; i++)
        {
            if (kinds.Length > 0 && !kinds.Contains(Story.Sections[i].Kind)) continue;
            singular += Sections[i].Singular;
            plural += Sections[i].Plural;
        }
        return (singular, plural);
    }

    /// <summary>Analyses <paramref name="story"/>: a pure function of the story.</summary>
    public static StoryFacts Of(Story story)
    {
        // The hook, key number and trade-off line are read from the same texts the sections are made plain from.
        var plain = new Dictionary<string, string>(ReferenceEqualityComparer.Instance);
        string Plain(string markdown)
        {
            if (plain.TryGetValue(markdown, out var known)) return known;
            return plain[markdown] = StoryDigest.PlainText(markdown);
        }
        var preamble = TextFacts.Of(story.Preamble, Plain);
        var sections = story.Sections.Select(s => TextFacts.Of(s.Markdown, Plain)).ToList();
        var bySection = new Dictionary<StorySection, TextFacts>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sections.Count; i++) bySection.TryAdd(story.Sections[i], sections[i]);
        return new StoryFacts
        {
            Story = story,
            Preamble = preamble,
            Sections = sections,
            BySection = bySection,
            Labels = story.InlineLabels.Select(l => TextFacts.Of(l.Text, Plain)).ToList(),
            Hook = StoryDigest.Hook(story, Plain),
            KeyMetric = StoryDigest.KeyMetric(story, Plain),
            TradeoffLine = StoryDigest.TradeoffLine(story, Plain),
            TradeoffOverflow = StoryDigest.TradeoffOverflow(story, Plain),
            SpokenWords = preamble.Words + sections.Sum(s => s.Words),
            Figures = StoryProse.Figures(story),
        };
    }
}

/// <summary>The readings of one piece of a story's Markdown that several stages share.</summary>
/// <param name="Plain">The text as one line of plain text.</param>
/// <param name="Masked">Code, link targets, HTML and quoted speech blanked (<see cref="ProseMask.Mask"/>): the author's own words, in place.</param>
/// <param name="CodeMasked">Only code blanked (<see cref="ProseMask.MaskCode"/>): where placeholders such as <c>&lt;your team&gt;</c> are found.</param>
/// <param name="Prose">Code, markup and placeholders blanked (<see cref="StoryEvidence.Prose(string)"/>): where results and trade-offs are read.</param>
/// <param name="Words">Words it takes to say (quotes included, code left out).</param>
/// <param name="Singular">"I/my/me" in <paramref name="Masked"/>.</param>
/// <param name="Plural">"we/our/us" in <paramref name="Masked"/>.</param>
public sealed record TextFacts(string Plain, string Masked, string CodeMasked, string Prose, int Words, int Singular, int Plural)
{
    /// <summary>Reads <paramref name="markdown"/>, made plain by <paramref name="plain"/>.</summary>
    internal static TextFacts Of(string markdown, Func<string, string> plain)
    {
        var spoken = ProseMask.MaskCodeOnly(markdown);
        var code = ProseMask.MaskCode(markdown);
        var masked = ProseMask.Mask(markdown);
        var (singular, plural) = StoryProse.PronounCount(masked);
        return new TextFacts(plain(markdown), masked, code, StoryEvidence.Prose(spoken, code), StoryProse.SpokenWordCount(spoken), singular, plural);
    }
}

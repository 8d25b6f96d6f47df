using Handbook.Analysis;
using Handbook.Configuration;
using Handbook.Model;

namespace Handbook.Indexing;

/// <summary>The published stories and the three cross-indexes, built once every story has been read.</summary>
public sealed record SiteIndex
{
    /// <summary>Published stories, in site order (title, then slug).</summary>
    public required IReadOnlyList<Story> Stories { get; init; }

    /// <summary>The analysis stage's facts of the stories, carried with them to every page, the search index and the practice data.</summary>
    public StoryAnalysis Analysis { get; init; } = new();

    /// <summary>Competency terms, in configuration order.</summary>
    public required IReadOnlyList<IndexTerm> Competencies { get; init; }

    /// <summary>Question pattern terms, in question-bank order.</summary>
    public required IReadOnlyList<IndexTerm> Patterns { get; init; }

    /// <summary>Level terms, in ladder order.</summary>
    public required IReadOnlyList<IndexTerm> Levels { get; init; }

    /// <summary>The terms of one axis.</summary>
    public IReadOnlyList<IndexTerm> Terms(Axis axis) => axis switch
    {
        Axis.Competency => Competencies,
        Axis.Pattern => Patterns,
        _ => Levels,
    };

    /// <summary>The term of <paramref name="axis"/> with this id, or null.</summary>
    public IndexTerm? Find(Axis axis, string id) => Terms(axis).FirstOrDefault(t => t.Id == id);

    /// <summary>Question patterns no published story answers.</summary>
    public IEnumerable<IndexTerm> PatternGaps => Patterns.Where(p => p.Stories.Count == 0);

    /// <summary>The one order stories appear in everywhere: by title, then by slug.</summary>
    public static List<Story> InSiteOrder(IEnumerable<Story> stories) => stories
        .OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
        .ThenBy(s => s.Slug, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Files the stories under every term. Drafts are left out unless <paramref name="includeDrafts"/>;
    /// ids that the configuration does not define are skipped (validation reports them).
    /// </summary>
    /// <param name="stories">The stories read.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="includeDrafts">Keep drafts in the site.</param>
    /// <param name="analysis">The analysis stage's facts of the stories; null to analyse them on first use.</param>
    public static SiteIndex Build(IEnumerable<Story> stories, HandbookConfig config, bool includeDrafts, StoryAnalysis? analysis = null)
    {
        var published = InSiteOrder(stories.Where(s => includeDrafts || !s.Draft));

        return new SiteIndex
        {
            Analysis = analysis ?? new StoryAnalysis(),
            Stories = published,
            Competencies = config.Competencies
                .Select(c => new IndexTerm(Axis.Competency, c.Id, c.Title, c.Description,
                    published.Where(s => s.Competencies.Contains(c.Id)).ToList()))
                .ToList(),
            Patterns = config.Questions
                .Select(q => new IndexTerm(Axis.Pattern, q.Id, q.Title, "", published.Where(s => s.Patterns.Contains(q.Id)).ToList())
                {
                    Prompts = q.Prompts,
                    HighSignal = q.HighSignal,
                })
                .ToList(),
            Levels = Model.Levels.All
                .Select(l => new IndexTerm(Axis.Level, l.Id(), l.Title(), l.Description(), published.Where(s => s.Level == l).ToList()))
                .ToList(),
        };
    }
}

using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Configuration;

/// <summary>Everything <c>handbook.yml</c> and <c>questions.yml</c> say, with defaults applied.</summary>
public sealed record HandbookConfig
{
    /// <summary>Where handbook.yml is (or would be), for diagnostics about the handbook as a whole; empty for built-in settings.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>The site title.</summary>
    public string Title { get; init; } = "Interview Handbook";

    /// <summary>Whose handbook it is; may be empty.</summary>
    public string Author { get; init; } = "";

    /// <summary>The author's email, used for review links; may be empty.</summary>
    public string Email { get; init; } = "";

    /// <summary>The address the site is published at (no trailing slash), for canonical links, previews and the sitemap; empty when unknown.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>A public handbook may be indexed by search engines; a private one (the default) asks them not to.</summary>
    public bool Public { get; init; }

    /// <summary>Raw HTML in story bodies is escaped unless this is true.</summary>
    public bool AllowHtml { get; init; }

    /// <summary>Terms replaced by their stand-ins in the share version (<c>confidential:</c>), in file order.</summary>
    public IReadOnlyList<ConfidentialTerm> Confidential { get; init; } = [];

    /// <summary>The competencies stories may name, in display order.</summary>
    public IReadOnlyList<Competency> Competencies { get; init; } = [];

    /// <summary>The question bank, in display order.</summary>
    public IReadOnlyList<QuestionPattern> Questions { get; init; } = [];

    /// <summary>The phrase lists of the coaching checks (<c>vague</c>, <c>blame</c>, <c>heroics</c>, <c>buzzwords</c>): built in, plus the handbook's own.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The phrases of one list; empty when the list is unknown.</summary>
    public IReadOnlyList<string> PhraseList(string name) => Phrases.TryGetValue(name, out var list) ? list : [];

    /// <summary>Severity overrides from the <c>rules:</c> map, by rule id.</summary>
    public IReadOnlyDictionary<string, Severity> Rules { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule thresholds from the <c>options:</c> map: rule id to option name to value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> RuleOptions { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>The competency with this id, or null.</summary>
    public Competency? FindCompetency(string id) => Competencies.FirstOrDefault(c => c.Id == id);

    /// <summary>The question pattern with this id, or null.</summary>
    public QuestionPattern? FindPattern(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

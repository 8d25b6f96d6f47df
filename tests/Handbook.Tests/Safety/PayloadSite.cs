using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>
/// A handbook with an attack payload in every free-text field of every input file: story front matter and body,
/// handbook.yml (title, author, email, competencies, phrase lists, rules), questions.yml (titles, prompts). Each
/// field's payloads carry a tag naming the field, so a scan can say where a payload came from.
/// </summary>
internal sealed class PayloadSite : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>Attack strings; <c>TAG</c> is replaced by the field's tag. Each one, if it ran, sets <c>window.__pwned</c>.</summary>
    public static readonly string[] Payloads =
    [
        "<script>window.__pwned='TAG'</script>",
        "\"><img src=x onerror=\"window.__pwned='TAG'\">",
        "'><svg onload=window.__pwned='TAG'>",
        "</script><script>window.__pwned='TAG'</script><!--",
        "{{constructor.constructor('window.__pwned=1')()}} {{{Content}}} TAG",
        "\u2028\u2029</textarea></title><iframe srcdoc='<script>parent.__pwned=1</script>'>TAG",
    ];

    /// <summary>Raw markup that may never appear in any output file: it is a payload that was not escaped.</summary>
    public static readonly string[] Needles =
    [
        "<script>window.__pwned", "<img src=x", "<svg onload", "onerror=\"window", "<iframe srcdoc", "</script><script>",
        "href=\"javascript:", "src=\"javascript:", "href='javascript:",
    ];

    public PayloadSite()
    {
        Input = _dir.Combine("input");
        Site = _dir.Combine("site");
        Directory.CreateDirectory(Path.Combine(Input, "stories"));
        File.WriteAllText(Path.Combine(Input, "handbook.yml"), $"""
            title: {Q("handbook-title")}
            author: {Q("handbook-author")}
            email: {Q("handbook-email")}
            competencies:
              - id: ownership
                title: {Q("competency-title")}
                description: {Q("competency-description")}
              - id: resilience
                title: {Q("competency2-title")}
                description: {Q("competency2-description")}
            phrases:
              vague: [{Q("phrase-vague")}]
              blame: [{Q("phrase-blame")}]
              heroics: [{Q("phrase-heroics")}]
              buzzwords: [{Q("phrase-buzzwords")}]
            """);
        File.WriteAllText(Path.Combine(Input, "questions.yml"), $"""
            - id: production-incident
              title: {Q("pattern-title")}
              signal: high
              competencies: [ownership]
              prompts:
                - {Q("pattern-prompt")}
            - id: unanswered-gap
              title: {Q("gap-pattern-title")}
              signal: high
              competencies: [resilience]
              prompts:
                - {Q("gap-pattern-prompt")}
            """);
        for (var i = 0; i < 2; i++) File.WriteAllText(Path.Combine(Input, "stories", $"payload-{i}.md"), Story(i));
    }

    /// <summary>The input folder.</summary>
    public string Input { get; }

    /// <summary>Where the site is built.</summary>
    public string Site { get; }

    /// <summary>The folder that holds the input and the site.</summary>
    public string Root => _dir.Path;

    /// <summary>Tags of the fields whose text is shown somewhere in the site (the scan checks each arrived).</summary>
    public static readonly string[] ShownTags =
    [
        "handbook-title", "handbook-author", "competency-title", "competency-description", "pattern-title", "pattern-prompt",
        "gap-pattern-title", "story0-title", "story0-summary", "story0-metric", "story0-tradeoff", "story0-tag",
        "story0-heading", "story0-body", "story0-link-text", "story0-image-alt", "story0-code", "story0-situation",
    ];

    /// <summary>Builds the site (drafts included, so every story is shown).</summary>
    public BuildResult Build() => HandbookPipeline.Build(new BuildOptions
    {
        InputDirectory = Input, OutputDirectory = Site, ThemeDirectory = Paths.Theme, WorkingDirectory = _dir.Path, HomeDirectory = null,
    });

    /// <summary>Every payload, tagged, as one YAML double-quoted string.</summary>
    public static string Q(string tag) => Yaml(All(tag));

    /// <summary>Every payload, tagged, joined by spaces.</summary>
    public static string All(string tag) => string.Join(" ", Payloads.Select(p => p.Replace("TAG", "PWN-" + tag)));

    private static string Yaml(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029") + "\"";

    private static string Story(int i) => $"""
        ---
        title: {Q($"story{i}-title")}
        summary: {Q($"story{i}-summary")}
        level: senior
        competencies: [ownership]
        patterns: [production-incident]
        metrics: [{Yaml("p99 850 ms -> 320 ms " + All($"story{i}-metric"))}]
        tradeoff: {Q($"story{i}-tradeoff")}
        tags: [{Q($"story{i}-tag")}]
        cheatsheet: true
        allow: {"{"}first-person: {Q($"story{i}-allow")}{"}"}
        ---

        ## Situation
        Checkout ran at 2,400 orders a minute. {All($"story{i}-situation")}

        ## Task
        I owned the service and its on-call rota.

        ## Action
        I rolled back [{All($"story{i}-link-text")}](javascript:window.__pwned='link') and
        <javascript:window.__pwned='autolink'> and [a reference][ref] and ![{All($"story{i}-image-alt")}](javascript:window.__pwned='image').
        Then `{All($"story{i}-code")}` was run, and {All($"story{i}-body")}.

        [ref]: javascript:window.__pwned='reference'

        ## Trade-off
        I rejected a rewrite and accepted a slower launch of two weeks.

        ## Result
        Errors fell from 38% to 0% in 4 minutes.

        ## {All($"story{i}-heading")}
        A section of my own.

        ## Reflection
        I load-test pool changes now.
        """;

    public void Dispose() => _dir.Dispose();
}

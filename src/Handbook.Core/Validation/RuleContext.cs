using Handbook.Analysis;
using Handbook.Coaching;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Targets;

namespace Handbook.Validation;

/// <summary>What a rule sees while it runs: the configuration, and the one way to report.</summary>
public sealed class RuleContext
{
    private readonly DiagnosticBag _diagnostics;
    private readonly StoryAnalysis _analysis;
    private readonly PhraseMatchers _phrases;

    internal RuleContext(ValidationRule rule, Severity severity, HandbookConfig config, DiagnosticBag diagnostics, IReadOnlyList<ValidationRule> allRules,
        IReadOnlyList<TargetLoop>? targets = null, StoryAnalysis? analysis = null, PhraseMatchers? phrases = null)
    {
        _analysis = analysis ?? new StoryAnalysis();
        _phrases = phrases ?? new PhraseMatchers();
        AllRules = allRules;
        Targets = targets ?? [];
        Rule = rule;
        Severity = severity;
        Config = config;
        _diagnostics = diagnostics;
    }

    /// <summary>The same rule and settings, reporting into <paramref name="diagnostics"/> instead.</summary>
    internal RuleContext For(DiagnosticBag diagnostics) => new(Rule, Severity, Config, diagnostics, AllRules, Targets, _analysis, _phrases);

    /// <summary>The facts the analysis stage worked out of <paramref name="story"/>.</summary>
    public StoryFacts Facts(Story story) => _analysis.Of(story);

    /// <summary>The analysis stage's facts of every story, for site rules that hand them on.</summary>
    public StoryAnalysis Analysis => _analysis;

    /// <summary>The matcher of the configured phrase list <paramref name="name"/>; null when the list is empty.</summary>
    public PhraseMatcher? Phrases(string name) => _phrases.For(Config.PhraseList(name));

    /// <summary>Every rule of the run, for rules that check references to other rules.</summary>
    public IReadOnlyList<ValidationRule> AllRules { get; }

    /// <summary>The rule being run.</summary>
    public ValidationRule Rule { get; }

    /// <summary>The severity in force for this rule.</summary>
    public Severity Severity { get; }

    /// <summary>The handbook's configuration.</summary>
    public HandbookConfig Config { get; }

    /// <summary>True when an error has been reported in <paramref name="story"/>'s file so far (site rules run after every story rule).</summary>
    public bool HasErrors(Story story) => _diagnostics.HasErrorsIn(story.SourcePath);

    /// <summary>The value of one of the rule's <see cref="ValidationRule.Options"/>: from <c>handbook.yml</c>, else its default.</summary>
    public double Option(string name)
    {
        if (Config.RuleOptions.TryGetValue(Rule.Id, out var set) && set.TryGetValue(name, out var value)) return value;
        return Rule.Options.FirstOrDefault(o => o.Name == name)?.Default
            ?? throw new ArgumentException($"rule {Rule.Id} has no option {name}.", nameof(name));
    }

    /// <summary>The target loops of the handbook (<c>input/targets/</c>), for the rules that check them.</summary>
    public IReadOnlyList<TargetLoop> Targets { get; }

    /// <summary>Reports a problem in a file that is not a story (a target file), at a 1-based line and column.</summary>
    public void Report(string path, int line, int column, string message, string help) =>
        _diagnostics.Add(new SourceLocation(path, line, column), Severity, Rule.Id, message, help);

    /// <summary>
    /// Reports a problem in <paramref name="story"/> at a 1-based line and column. Drafts are not held to
    /// the error rules, so an error in a draft is reported as a warning.
    /// </summary>
    public void Report(Story story, int line, int column, string message, string help)
    {
        if (Rule.Suppressible && story.Allow.ContainsKey(Rule.Id)) return;
        var severity = story.Draft && Severity == Severity.Error ? Severity.Warning : Severity;
        _diagnostics.Add(new SourceLocation(story.SourcePath, line, column), severity, Rule.Id, message, help);
    }

    /// <summary>Reports a problem at a front-matter field (its line, or the front matter's start).</summary>
    public void ReportField(Story story, string field, string message, string help)
    {
        var (line, column) = story.LineOf(field);
        Report(story, line, column, message, help);
    }
}

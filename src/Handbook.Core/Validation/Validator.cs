using Handbook.Analysis;
using Handbook.Coaching;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation;

/// <summary>Runs a <see cref="RuleSet"/> over the stories with the configured severities.</summary>
public static class Validator
{
    /// <summary>Checks every story, then the stories together, reporting into <paramref name="diagnostics"/>.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <param name="stories">The stories read.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="diagnostics">Where findings go.</param>
    /// <param name="cache">Per-story findings from earlier runs (serve): a story object that has not changed, under the
    /// same configuration and rules, is not checked again; its findings are replayed.</param>
    /// <param name="targets">The handbook's target loops, for the site-wide rules that check them.</param>
    /// <param name="analysis">The analysis stage's facts of the stories; null to analyse them here.</param>
    public static void Run(RuleSet rules, IReadOnlyList<Story> stories, HandbookConfig config, DiagnosticBag diagnostics,
        System.Runtime.CompilerServices.ConditionalWeakTable<Story, StoryFindings>? cache = null, IReadOnlyList<Targets.TargetLoop>? targets = null,
        StoryAnalysis? analysis = null)
    {
        analysis ??= new StoryAnalysis();
        // Each phrase list is compiled once per run, on first use, and shared by the rules that read it.
        var phrases = new PhraseMatchers();
        var contexts = rules.Rules
            .Select(rule => (Rule: rule, Severity: rule.Configurable && config.Rules.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity))
            .Where(r => r.Severity != Severity.Off)
            .Select(r => new RuleContext(r.Rule, r.Severity, config, diagnostics, rules.Rules, targets, analysis, phrases))
            .ToList();
        // One pass per story with every rule, over the facts the analysis stage worked out once.
        Parallel.ForEach(stories, story =>
        {
            if (cache is not null && cache.TryGetValue(story, out var known) && ReferenceEquals(known.Config, config) && ReferenceEquals(known.Rules, rules))
            {
                diagnostics.AddRange(known.Diagnostics);
                return;
            }
            var found = diagnostics.Recording(own =>
            {
                foreach (var context in contexts) context.Rule.CheckStory(story, context.For(own));
            });
            cache?.AddOrUpdate(story, new StoryFindings(config, rules, found));
        });
        foreach (var context in contexts) context.Rule.CheckSite(stories, context);
    }
}

/// <summary>What the per-story rules found in one story, and under which configuration and rules.</summary>
/// <param name="Config">The configuration the story was checked with.</param>
/// <param name="Rules">The rules it was checked with.</param>
/// <param name="Diagnostics">The findings.</param>
public sealed record StoryFindings(HandbookConfig Config, RuleSet Rules, IReadOnlyList<Diagnostic> Diagnostics);

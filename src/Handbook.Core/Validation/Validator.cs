using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation;

/// <summary>Runs a <see cref="RuleSet"/> over the stories with the configured severities.</summary>
public static class Validator
{
    /// <summary>Checks every story, then the stories together, reporting into <paramref name="diagnostics"/>.</summary>
    public static void Run(RuleSet rules, IReadOnlyList<Story> stories, HandbookConfig config, DiagnosticBag diagnostics)
    {
        var contexts = rules.Rules
            .Select(rule => (Rule: rule, Severity: rule.Configurable && config.Rules.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity))
            .Where(r => r.Severity != Severity.Off)
            .Select(r => new RuleContext(r.Rule, r.Severity, config, diagnostics, rules.Rules))
            .ToList();
        // One pass per story with every rule: the story's text stays warm in the caches the rules share.
        Parallel.ForEach(stories, story =>
        {
            foreach (var context in contexts) context.Rule.CheckStory(story, context);
        });
        foreach (var context in contexts) context.Rule.CheckSite(stories, context);
    }
}

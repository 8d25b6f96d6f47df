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
        foreach (var rule in rules.Rules)
        {
            var severity = rule.Configurable && config.Rules.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
            if (severity == Severity.Off) continue;
            var context = new RuleContext(rule, severity, config, diagnostics, rules.Rules);
            Parallel.ForEach(stories, story => rule.CheckStory(story, context));
            rule.CheckSite(stories, context);
        }
    }
}

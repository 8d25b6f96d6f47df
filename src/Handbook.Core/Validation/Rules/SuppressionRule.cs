using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;

namespace Handbook.Validation.Rules;

/// <summary>Every <c>allow:</c> entry names a rule that can be silenced and says why.</summary>
public sealed class SuppressionRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "suppression";

    /// <inheritdoc />
    public override string Description => "A per-story `allow:` entry has no reason, or names a rule that does not exist or cannot be silenced.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override bool Suppressible => false;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        foreach (var (rule, reason) in story.Allow)
        {
            var (line, column) = story.LineOf(StoryReader.AllowLinePrefix + rule);
            var known = context.AllRules.FirstOrDefault(r => r.Id == rule);
            if (known is null)
            {
                context.Report(story, line, column, $"`allow` names unknown rule `{rule}`.",
                    ConfigLoader.Suggest(rule, context.AllRules.Where(r => r.Suppressible).Select(r => r.Id).ToList(), "rules that can be silenced"));
            }
            else if (!known.Suppressible)
            {
                context.Report(story, line, column, $"`{rule}` cannot be silenced per story.",
                    "fix the story; if the rule does not suit your handbook at all, set its severity under `rules:` in handbook.yml.");
            }
            else if (string.IsNullOrWhiteSpace(reason))
            {
                context.Report(story, line, column, $"`allow: {rule}` gives no reason.",
                    $"say why the advice does not apply, e.g. `{rule}: \"pair-programmed with a peer\"`.");
            }
        }
    }
}

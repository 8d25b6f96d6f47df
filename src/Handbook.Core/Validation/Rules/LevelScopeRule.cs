using System.Text.RegularExpressions;
using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>A light heuristic: staff and principal stories usually show scope beyond one team.</summary>
public sealed partial class LevelScopeRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "level-scope";

    /// <inheritdoc />
    public override string Description => "A staff or principal story mentions no cross-team or multi-quarter scope (a suggestion).";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    [GeneratedRegex(@"\b(?:teams|cross-team|cross team|org-wide|company-wide|organi[sz]ation|engineering org|other teams?|partner teams?|quarters|multi-quarter|months|platform|divisions?|departments?|across the company|\d+ services)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scope();

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        if (story.Level is not (Level.Staff or Level.Principal) || story.Level is not { } level) return;
        // Each text is its own Markdown: a code span left open in one section does not hide the next.
        if (Scope().IsMatch(ProseMask.Mask(story.Summary)) || context.Facts(story).Sections.Any(s => Scope().IsMatch(s.Masked))) return;
        context.ReportField(story, "level",
            $"suggestion: a {level.Id()} story usually shows scope beyond one team (other teams, several quarters, a platform); none is mentioned.",
            "if the scope was wider, say how many teams or services and over how long; if not, consider `level: senior`.");
    }
}

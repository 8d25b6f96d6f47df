using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// Something written like a section label or heading whose name the reader does not know, but which is one
/// typo away from a beat (<c>**Outcom:**</c>): its text is not read as that beat, so say so at its line.
/// </summary>
public sealed class SectionLabelRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "section-label";

    /// <inheritdoc />
    public override string Description => "A heading or label looks like a STAR section but its name is not recognised.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        foreach (var hint in story.LabelHints)
        {
            context.Report(story, hint.Line, hint.Column,
                $"`{hint.Written}` looks like a section label; did you mean {hint.Suggestion.Title()}?",
                $"write it as `{hint.Suggestion.Title()}` so its text is read as the {hint.Suggestion.Title()}; the README lists the accepted names.");
        }
    }
}

using Handbook.Configuration;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Every competency a story names must be defined in <c>handbook.yml</c> (or the defaults).</summary>
public sealed class UnknownCompetencyRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "unknown-competency";

    /// <inheritdoc />
    public override string Description => "A story names a competency id that the handbook does not define.";

    /// <inheritdoc />
    public override bool Configurable => false;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var known = context.Config.Competencies.Select(c => c.Id).ToList();
        foreach (var id in story.Competencies.Where(id => !known.Contains(id)))
        {
            context.ReportField(story, "competencies", $"unknown competency `{id}`.",
                ConfigLoader.Suggest(id, known, "competencies in handbook.yml"));
        }
    }
}

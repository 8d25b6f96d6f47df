using Handbook.Configuration;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Every question pattern a story names must be defined in <c>questions.yml</c> (or the defaults).</summary>
public sealed class UnknownPatternRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "unknown-pattern";

    /// <inheritdoc />
    public override string Description => "A story names a question pattern id that the question bank does not define.";

    /// <inheritdoc />
    public override bool Configurable => false;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var known = context.Config.Questions.Select(q => q.Id).ToList();
        foreach (var id in story.Patterns.Where(id => !known.Contains(id)))
        {
            context.ReportField(story, "patterns", $"unknown question pattern `{id}`.",
                ConfigLoader.Suggest(id, known, "patterns in questions.yml"));
        }
    }
}

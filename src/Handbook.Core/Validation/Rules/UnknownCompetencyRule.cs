using Handbook.Configuration;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Every competency a story names must be defined in <c>handbook.yml</c> (or the defaults).</summary>
public sealed class UnknownCompetencyRule : UnknownIdRule
{
    /// <inheritdoc />
    public override string Id => "unknown-competency";

    /// <inheritdoc />
    public override string Description => "A story names a competency id that the handbook does not define.";

    /// <inheritdoc />
    protected override string Field => "competencies";

    /// <inheritdoc />
    protected override string Noun => "competency";

    /// <inheritdoc />
    protected override string DefinedIn => "competencies in handbook.yml";

    /// <inheritdoc />
    protected override IReadOnlyList<string> Listed(Story story) => story.Competencies;

    /// <inheritdoc />
    protected override IReadOnlyList<string> Known(HandbookConfig config) => config.Competencies.Select(c => c.Id).ToList();
}

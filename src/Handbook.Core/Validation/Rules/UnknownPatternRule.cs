using Handbook.Configuration;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Every question pattern a story names must be defined in <c>questions.yml</c> (or the defaults).</summary>
public sealed class UnknownPatternRule : UnknownIdRule
{
    /// <inheritdoc />
    public override string Id => "unknown-pattern";

    /// <inheritdoc />
    public override string Description => "A story names a question pattern id that the question bank does not define.";

    /// <inheritdoc />
    protected override string Field => "patterns";

    /// <inheritdoc />
    protected override string Noun => "question pattern";

    /// <inheritdoc />
    protected override string DefinedIn => "patterns in questions.yml";

    /// <inheritdoc />
    protected override IReadOnlyList<string> Listed(Story story) => story.Patterns;

    /// <inheritdoc />
    protected override IReadOnlyList<string> Known(HandbookConfig config) => config.Questions.Select(q => q.Id).ToList();
}

using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Vague outcome words in the Result ("significantly", "a lot") where a number belongs.</summary>
public sealed class VagueMetricRule : PhraseRule
{
    /// <inheritdoc />
    public override string Id => "vague-metric";

    /// <inheritdoc />
    public override string Description => "The Result uses a vague word where a number belongs.";

    /// <inheritdoc />
    protected override string ListName => "vague";

    /// <inheritdoc />
    protected override IReadOnlyList<SectionKind> Beats => [SectionKind.Result];

    /// <inheritdoc />
    protected override string Message(string phrase) => $"\"{phrase}\" is vague; graders hear it as \"I did not measure\".";

    /// <inheritdoc />
    protected override string Help => "replace it with the number: how much, from what, to what (e.g. \"p99 from 850 ms to 320 ms\").";
}

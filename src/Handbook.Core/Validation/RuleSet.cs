using Handbook.Validation.Rules;

namespace Handbook.Validation;

/// <summary>
/// The ordered list of rules a build runs. Registration is explicit and idempotent: adding a rule whose id
/// is already present replaces it in place, so the order stays the order of first registration.
/// </summary>
public sealed class RuleSet
{
    private readonly List<ValidationRule> _rules = [];

    /// <summary>The rules in the order they run.</summary>
    public IReadOnlyList<ValidationRule> Rules => _rules;

    /// <summary>The ids whose severity <c>handbook.yml</c> may set.</summary>
    public IReadOnlyCollection<string> ConfigurableIds => _rules.Where(r => r.Configurable).Select(r => r.Id).ToList();

    /// <summary>The option names each rule reads, by rule id, for checking <c>handbook.yml</c>'s <c>options:</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> OptionNames =>
        _rules.Where(r => r.Options.Count > 0).ToDictionary(r => r.Id, r => (IReadOnlyCollection<string>)r.Options.Select(o => o.Name).ToList(), StringComparer.Ordinal);

    /// <summary>Adds <paramref name="rule"/>, or replaces the rule with the same id.</summary>
    public RuleSet Add(ValidationRule rule)
    {
        var index = _rules.FindIndex(r => r.Id == rule.Id);
        if (index >= 0) _rules[index] = rule;
        else _rules.Add(rule);
        return this;
    }

    /// <summary>
    /// The default rules, in this order: references to the configuration first (unknown ids); the two
    /// errors that keep a story from shipping (metric, trade-off); the coaching warnings, from structure
    /// to wording; the site-wide checks (slugs, the cheat sheet's fit, the target loops, links of the rendered site);
    /// and last the check of the
    /// suppressions themselves.
    /// </summary>
    public static RuleSet CreateDefault() => new RuleSet()
        .Add(new UnknownCompetencyRule())
        .Add(new UnknownPatternRule())
        .Add(new MissingMetricRule())
        .Add(new MissingTradeoffRule())
        .Add(new PlaceholderRule())
        .Add(new SectionLabelRule())
        .Add(new MissingSectionRule())
        .Add(new MissingReflectionRule())
        .Add(new FirstPersonRule())
        .Add(new VagueMetricRule())
        .Add(new NoBaselineRule())
        .Add(new OutcomePlacementRule())
        .Add(new SpeakingTimeRule())
        .Add(new SlowStartRule())
        .Add(new LongTradeoffRule())
        .Add(new BlameRule())
        .Add(new HeroicsRule())
        .Add(new BuzzwordsRule())
        .Add(new TitleInflationRule())
        .Add(new LevelScopeRule())
        .Add(new DuplicateSlugRule())
        .Add(new CheatsheetFitRule())
        .Add(new TargetGapRule())
        .Add(new TargetRepeatRule())
        .Add(new BrokenLinkRule())
        .Add(new SuppressionRule());
}

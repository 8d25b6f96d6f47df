using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation;

/// <summary>
/// One named check. A rule looks at one story (<see cref="CheckStory"/>) or at all of them together
/// (<see cref="CheckSite"/>) and reports through the <see cref="RuleContext"/>, which applies the
/// configured severity.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The stable id used in diagnostics and in <c>handbook.yml</c>'s <c>rules:</c> map.</summary>
    public abstract string Id { get; }

    /// <summary>One sentence: what the rule checks and why graders care.</summary>
    public abstract string Description { get; }

    /// <summary>The severity when <c>handbook.yml</c> says nothing.</summary>
    public virtual Severity DefaultSeverity => Severity.Error;

    /// <summary>False for structural checks whose severity cannot be changed.</summary>
    public virtual bool Configurable => true;

    /// <summary>
    /// True when a story may silence this rule with <c>allow: {rule-id: "reason"}</c>. Only advice can be
    /// silenced per story: the errors that keep a story from shipping cannot.
    /// </summary>
    public virtual bool Suppressible => Configurable && DefaultSeverity == Severity.Warning;

    /// <summary>The thresholds this rule reads, each settable under <c>options:</c> in <c>handbook.yml</c>.</summary>
    public virtual IReadOnlyList<RuleOption> Options => [];

    /// <summary>Checks one story.</summary>
    public virtual void CheckStory(Story story, RuleContext context)
    {
    }

    /// <summary>Checks the stories together (after every story was checked on its own).</summary>
    public virtual void CheckSite(IReadOnlyList<Story> stories, RuleContext context)
    {
    }
}

/// <summary>A threshold a rule reads, set as <c>options: {rule-id: {name: value}}</c> in <c>handbook.yml</c>.</summary>
/// <param name="Name">The option's name, e.g. <c>maxWords</c>.</param>
/// <param name="Default">The value when <c>handbook.yml</c> says nothing.</param>
/// <param name="Description">What it sets, for the README and the SARIF rule list.</param>
/// <param name="Minimum">The smallest value that makes sense.</param>
public sealed record RuleOption(string Name, double Default, string Description, double Minimum = 0);

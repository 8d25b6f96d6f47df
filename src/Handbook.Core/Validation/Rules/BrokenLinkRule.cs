using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Reading;

namespace Handbook.Validation.Rules;

/// <summary>
/// A link that leads nowhere: a story link to a story that is not published (found while the Markdown is
/// rendered), or any link or anchor of the rendered site, templates included (found by <see cref="Checking.LinkChecker"/>).
/// Registered so that <c>rules:</c> can set its severity; it reports from the render, not from here.
/// </summary>
public sealed class BrokenLinkRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.BrokenLink;

    /// <inheritdoc />
    public override string Description => "A link or anchor in a story or a template leads to no page or element of the site.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    // A broken link is checked on the rendered site, where a story's allow: list does not reach.
    public override bool Suppressible => false;

    /// <summary>The severity <paramref name="config"/> gives the rule.</summary>
    public static Severity In(HandbookConfig config) => config.Rules.TryGetValue(RuleIds.BrokenLink, out var severity) ? severity : Severity.Warning;
}

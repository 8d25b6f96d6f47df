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

    /// <summary>
    /// Above this many published stories, <c>build</c> and <c>serve</c> skip the check of the rendered site unless
    /// asked (<c>--check-links</c>): its cost grows with stories times listing pages, and at 1,000 stories it
    /// about doubles a build. A real handbook (6 to 20 stories) is far below it.
    /// </summary>
    public const double DefaultMaxStories = 200;

    /// <inheritdoc />
    public override IReadOnlyList<Validation.RuleOption> Options { get; } =
    [
        new("maxStories", DefaultMaxStories, "Most published stories for which build and serve check the rendered site's links by default (build --check-links checks at any size)."),
    ];

    /// <summary>The severity <paramref name="config"/> gives the rule.</summary>
    public static Severity In(HandbookConfig config) => config.Rules.TryGetValue(RuleIds.BrokenLink, out var severity) ? severity : Severity.Warning;

    /// <summary>The <c>maxStories</c> option as <paramref name="config"/> sets it.</summary>
    public static int MaxStories(HandbookConfig config) =>
        config.RuleOptions.TryGetValue(RuleIds.BrokenLink, out var set) && set.TryGetValue("maxStories", out var value) ? (int)value : (int)DefaultMaxStories;
}

using Handbook.Cheatsheet;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Warns when the stories selected for the cheat sheet cannot fit one printed page.</summary>
public sealed class CheatsheetFitRule : ValidationRule
{
    /// <summary>Stories named in the fix; a bank of thousands would otherwise print them all.</summary>
    private const int NamedInHelp = 5;

    /// <inheritdoc />
    public override string Id => "cheatsheet-fit";

    /// <inheritdoc />
    public override string Description => "The stories selected for the one-page cheat sheet will not fit one printed page.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckSite(IReadOnlyList<Story> stories, RuleContext context)
    {
        var selected = CheatsheetSelection.Select(SiteIndex.InSiteOrder(stories.Where(s => !s.Draft)));
        if (CheatsheetFit.Overflow(selected) is not { } dropped) return;
        var marked = selected.Any(s => s.Cheatsheet);
        var names = string.Join(", ", dropped.Take(NamedInHelp).Select(s => $"`{s.Slug}`"))
            + (dropped.Count > NamedInHelp ? $" and {dropped.Count - NamedInHelp} more" : "");
        var anchor = dropped[0];
        context.Report(anchor, 1, 1,
            $"the {selected.Count} stories selected for the cheat sheet will not fit one page; about {selected.Count - dropped.Count} will.",
            marked
                ? $"remove `cheatsheet: true` from {names}."
                : $"mark the stories you will use with `cheatsheet: true`, leaving off for example {names}.");
    }
}

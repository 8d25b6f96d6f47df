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
        // A story with errors is not shipped, so it does not take room on the cheat sheet.
        var selected = CheatsheetSelection.Select(SiteIndex.InSiteOrder(stories.Where(s => !s.Draft && !context.HasErrors(s))));
        if (CheatsheetFit.Overflow(selected, context.Analysis) is not { } dropped) return;
        var marked = selected.Any(s => s.Cheatsheet);
        var names = string.Join(", ", dropped.Take(NamedInHelp).Select(s => $"`{s.Slug}`"))
            + (dropped.Count > NamedInHelp ? $" and {dropped.Count - NamedInHelp} more" : "");
        var message = $"the {selected.Count} stories selected for the cheat sheet will not fit one page; about {selected.Count - dropped.Count} will.";
        if (marked && dropped.FirstOrDefault(s => s.Cheatsheet && s.FieldLines.ContainsKey("cheatsheet")) is { } anchor)
        {
            // The selection is the `cheatsheet: true` lines: point at the first one to remove.
            var (line, column) = anchor.LineOf("cheatsheet");
            context.Report(anchor, line, column, message, $"remove `cheatsheet: true` from {names}.");
        }
        else
        {
            // Every published story is selected: that is the handbook's setting, not any one story's.
            var path = context.Config.SourcePath.Length > 0 ? context.Config.SourcePath : dropped[0].SourcePath;
            context.Report(path, 1, 1, message, $"mark the stories you will use with `cheatsheet: true`, leaving off for example {names}.");
        }
    }
}

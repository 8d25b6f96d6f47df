using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Two stories may not share a slug: one page would overwrite the other.</summary>
public sealed class DuplicateSlugRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => Reading.RuleIds.DuplicateSlug;

    /// <inheritdoc />
    public override string Description => "Two stories have the same slug (file name or `slug` field).";

    /// <inheritdoc />
    public override bool Configurable => false;

    /// <inheritdoc />
    public override void CheckSite(IReadOnlyList<Story> stories, RuleContext context)
    {
        // A redirect may not take the address of a story, nor of another story's redirect.
        var claimed = stories.GroupBy(s => s.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var story in stories.OrderBy(s => s.SourcePath, StringComparer.Ordinal))
        {
            foreach (var old in story.RedirectFrom)
            {
                if (claimed.TryGetValue(old, out var holder) && holder != story)
                {
                    context.ReportField(story, "redirectFrom", $"the redirect from `{old}` would replace the page of {Diagnostic.DisplayPath(holder.SourcePath, Directory.GetCurrentDirectory())}.",
                        "remove it from `redirectFrom`, or rename one of the stories.");
                }
                else
                {
                    claimed[old] = story;
                }
            }
        }

        var groups = stories.GroupBy(s => s.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(s => s.SourcePath, StringComparer.Ordinal).ToList();
            var first = Diagnostic.DisplayPath(ordered[0].SourcePath, Directory.GetCurrentDirectory());
            foreach (var story in ordered.Skip(1))
            {
                var at = story.FieldLines.ContainsKey("slug") ? story.LineOf("slug") : (1, 1);
                context.Report(story, at.Item1, at.Item2, $"the slug `{story.Slug}` is already used by {first}.",
                    "rename one of the files or set a different `slug:` in its front matter.");
            }
        }
    }
}

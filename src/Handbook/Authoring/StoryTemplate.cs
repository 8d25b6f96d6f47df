using System.Text;
using Handbook.Analysis;
using Handbook.Model;
using Handbook.Validation;

namespace Handbook.Cli.Authoring;

/// <summary>The text of a new story: every section stubbed with what belongs in it, marked as a draft.</summary>
internal static class StoryTemplate
{
    /// <summary>A new story file's text.</summary>
    public static string Create(string title, Level level, IReadOnlyList<string> competencies, IReadOnlyList<string> patterns)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: {YamlText.Quote(title)}\n");
        text.Append("summary: \"\"\n");
        text.Append($"level: {level.Id()}\n");
        text.Append($"competencies: [{string.Join(", ", competencies)}]\n");
        text.Append($"patterns: [{string.Join(", ", patterns)}]\n");
        text.Append("metrics: []\n");
        text.Append("tradeoff: \"\"\n");
        text.Append("# Drafts are left out of the site and only warned about. Remove this line when the story is ready.\n");
        text.Append("draft: true\n");
        text.Append("---\n");
        // The hints are the placeholder rule's: a published story that still holds one fails the build.
        foreach (var (kind, hint) in Placeholders.TemplateHints)
        {
            text.Append($"\n## {kind.Title()}\nTODO: {hint}\n");
        }
        return text.ToString();
    }
}

using System.Text;
using Handbook.Model;

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
        foreach (var (kind, hint) in Hints)
        {
            text.Append($"\n## {kind.Title()}\nTODO: {hint}\n");
        }
        return text.ToString();
    }

    private static readonly (SectionKind Kind, string Hint)[] Hints =
    [
        (SectionKind.Situation, "the system, its scale, the baseline number and the stakes, in a sentence (about 15 s)."),
        (SectionKind.Task, "what you personally owned (about 10 s)."),
        (SectionKind.Action, "what you did: the diagnosis, the options you weighed, the rollout; say \"I\" (45-60 s)."),
        (SectionKind.Tradeoff, "the option you rejected and what your choice cost (20-30 s)."),
        (SectionKind.Result, "the outcome as a number, before -> after, under what load (about 15 s)."),
        (SectionKind.Reflection, "what you would do differently, or what changed afterwards (10-15 s)."),
    ];
}

using Handbook.Analysis;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>
/// Unfinished text must not ship: TODO/TBD markers, lorem ipsum, <c>&lt;...&gt;</c> slots, <c>[insert ...]</c>,
/// the stub sentences <c>handbook new</c> writes, a section or field that is nothing but a template's prompts
/// ("What did you give up, and why?"), and an empty <c>summary: ""</c>. A draft is only warned about.
/// </summary>
public sealed class PlaceholderRule : ValidationRule
{
    /// <summary>Front-matter fields read for placeholders.</summary>
    private static readonly string[] TextFields = ["title", "summary", "tradeoff"];

    /// <inheritdoc />
    public override string Id => "placeholder";

    /// <inheritdoc />
    public override string Description => "The story still holds placeholder text (TODO, TBD, lorem ipsum, <...>, the new-story template).";

    private const string Help = "write the real text in its place; while you are still writing, keep `draft: true` so the build only warns.";

    private const string PromptHelp = "answer it in your own words and delete the prompt; while you are still writing, keep `draft: true` so the build only warns.";

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        if (story.FieldLines.ContainsKey("summary") && string.IsNullOrWhiteSpace(story.Summary))
        {
            context.ReportField(story, "summary", "`summary` is empty.", "write the one-line hook the cards and the cheat sheet show, or remove the field.");
        }
        foreach (var field in TextFields)
        {
            var value = field switch { "title" => story.Title, "summary" => story.Summary, _ => story.Tradeoff };
            if (!story.FieldLines.ContainsKey(field)) continue;
            if (Placeholders.Find(value) is [var first, ..])
            {
                context.ReportField(story, field, $"`{field}` holds the placeholder \"{first.Text}\".", Help);
            }
            else if (field != "title" && TemplatePrompts.Find(value) is { } prompt)
            {
                context.ReportField(story, field, $"`{field}` is a template's prompt (\"{prompt}\"), not your answer.", PromptHelp);
            }
        }
        foreach (var metric in story.Metrics)
        {
            if (Placeholders.Find(metric) is [var first, ..])
            {
                context.ReportField(story, "metrics", $"`metrics` holds the placeholder \"{first.Text}\"; a number inside a placeholder is no metric.", Help);
                break;
            }
        }
        foreach (var section in story.Sections)
        {
            var text = context.Facts(story).Of(section).CodeMasked;
            if (TemplatePrompts.Find(text) is { } prompt)
            {
                var (promptLine, promptColumn) = StoryProse.Locate(section, text.Length - text.TrimStart().Length);
                context.Report(story, promptLine, promptColumn, $"the {Name(section)} still holds a template's prompt (\"{prompt}\"), not your answer.", PromptHelp);
                continue;
            }
            var lastLine = 0;
            foreach (var placeholder in Placeholders.Find(text))
            {
                var (line, column) = StoryProse.Locate(section, placeholder.Offset);
                if (line == lastLine) continue;
                lastLine = line;
                context.Report(story, line, column, $"\"{placeholder.Text}\" is a placeholder: the {Name(section)} is unfinished.", Help);
            }
        }
    }

    private static string Name(StorySection section) =>
        section.Kind == SectionKind.Other ? $"\"{section.Heading}\" section" : $"{section.Kind.Title()} section";
}

using Handbook.Coaching;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>A warning for each phrase of a configurable list found in a story's own prose, at its line and column.</summary>
public abstract class PhraseRule : ValidationRule
{
    /// <summary>The phrase list in <c>phrases.yml</c> (and <c>handbook.yml</c>'s <c>phrases:</c>).</summary>
    protected abstract string ListName { get; }

    /// <summary>The beats searched; empty for every section.</summary>
    protected virtual IReadOnlyList<SectionKind> Beats => [];

    /// <summary>What is wrong with the phrase found.</summary>
    protected abstract string Message(string phrase);

    /// <summary>How to fix it.</summary>
    protected abstract string Help { get; }

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var pattern = PhrasePattern.For(context.Config.PhraseList(ListName));
        if (pattern is null) return;
        foreach (var section in story.Sections.Where(s => Beats.Count == 0 || Beats.Contains(s.Kind)))
        {
            foreach (var match in pattern.Matches(ProseMask.Mask(section.Markdown)))
            {
                var (line, column) = StoryProse.Locate(section, match.Index);
                context.Report(story, line, column, Message(section.Markdown.Substring(match.Index, match.Length)), Help);
            }
        }
    }
}

using Handbook.Analysis;
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

    /// <summary>True when a match is not what the list means in its context (e.g. "my change caused the problem" is no blame).</summary>
    protected virtual bool IsExcused(string prose, System.Text.RegularExpressions.Match match) => false;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var pattern = context.Phrases(ListName);
        if (pattern is null) return;
        foreach (var section in story.Sections.Where(s => Beats.Count == 0 || Beats.Contains(s.Kind)))
        {
            var prose = context.Facts(story).Of(section).Masked;
            foreach (var match in pattern.Matches(prose))
            {
                if (IsExcused(prose, match)) continue;
                var (line, column) = StoryProse.Locate(section, match.Index);
                context.Report(story, line, column, Message(section.Markdown.Substring(match.Index, match.Length)), Help);
            }
        }
    }
}

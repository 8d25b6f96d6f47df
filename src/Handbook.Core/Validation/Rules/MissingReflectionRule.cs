using Handbook.Coaching;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>A story should end with what changed afterwards.</summary>
public sealed class MissingReflectionRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "missing-reflection";

    /// <inheritdoc />
    public override string Description => "The story does not say what the author learned or changed afterwards.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var section = story.Section(SectionKind.Reflection);
        if (section is not null && !section.IsEmpty) return;
        if (story.InlineLabels.Any(l => l.Kind == SectionKind.Reflection && l.Text.Length > 0)) return;
        context.Report(story, section?.Line ?? StoryShape.InsertionLine(story, SectionKind.Reflection), 1,
            "the story has no reflection: what would you do differently, or what changed afterwards?",
            $"add a `## Reflection` section with {StoryShape.WhatGoesIn(SectionKind.Reflection)}.");
    }
}

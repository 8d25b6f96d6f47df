using Handbook.Coaching;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Each of Situation, Task, Action and Result should have its own section.</summary>
public sealed class MissingSectionRule : ValidationRule
{
    private static readonly SectionKind[] Required = [SectionKind.Situation, SectionKind.Task, SectionKind.Action, SectionKind.Result];

    /// <inheritdoc />
    public override string Id => "missing-section";

    /// <inheritdoc />
    public override string Description => "A STAR section (Situation, Task, Action or Result) is missing.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        foreach (var kind in Required.Where(k => !story.HasBeat(k)))
        {
            context.Report(story, StoryShape.InsertionLine(story, kind), 1, $"the story has no {kind.Title()} section.",
                $"add a `## {kind.Title()}` heading (or a `**{kind.Title()}:**` label) with {StoryShape.WhatGoesIn(kind)}.");
        }
    }
}

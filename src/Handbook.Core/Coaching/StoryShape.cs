using Handbook.Model;

namespace Handbook.Coaching;

/// <summary>Where a missing beat belongs in a story, and what it should hold.</summary>
public static class StoryShape
{
    /// <summary>The line of the first section that should come after <paramref name="kind"/>, else the line after the last section.</summary>
    public static int InsertionLine(Story story, SectionKind kind)
    {
        var order = SectionKinds.Ordered.ToList();
        var later = story.Sections.FirstOrDefault(s => s.Kind != SectionKind.Other && order.IndexOf(s.Kind) > order.IndexOf(kind));
        if (later is not null) return later.Line;
        var last = story.Sections.LastOrDefault();
        return last is null ? story.BodyLine : last.BodyLine + last.Markdown.Count(c => c == '\n') + 1;
    }

    /// <summary>A short description of what a beat holds, for fix-it help.</summary>
    public static string WhatGoesIn(SectionKind kind) => kind switch
    {
        SectionKind.Situation => "the system, its scale, the baseline and the stakes, in a sentence or two",
        SectionKind.Task => "what you personally owned",
        SectionKind.Action => "what you did: the diagnosis, the options weighed, the rollout",
        SectionKind.Tradeoff => "the option you rejected and what your choice cost",
        SectionKind.Result => "the outcome as a number, before and after",
        SectionKind.Reflection => "what you would do differently, or what changed afterwards",
        _ => "the content of the section",
    };
}

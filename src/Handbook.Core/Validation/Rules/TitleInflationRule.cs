using System.Text.RegularExpressions;
using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>"Led" or "spearheaded" in the Task with no technical verb in the Action reads as title inflation.</summary>
public sealed partial class TitleInflationRule : ValidationRule
{
    /// <inheritdoc />
    public override string Id => "title-inflation";

    /// <inheritdoc />
    public override string Description => "The Task claims leadership but the Action shows no technical work.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    [GeneratedRegex(@"\b(?:led|drove|spearheaded|headed|oversaw|championed|steered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadershipVerb();

    private const string Verbs = @"(?:designed|built|wrote|rewrote|profiled|measured|debugged|implemented|migrated|benchmarked|refactored|deployed|rolled|instrumented|traced|load-tested|sharded|cached|tuned|optimi[sz]ed|automated|reproduced|added|removed|configured|replaced|split|coded|prototyped|tested|analy[sz]ed|modell?ed|fixed|patched|indexed|partitioned|throttled|paired|diagnosed|proposed|estimated|projected|exported|tagged|pulled|found|shipped|wired|moved|ported|reviewed|drafted|sketched|ran|set up|mapped|compared|studied|chose|picked)";

    // The author's own technical verb: "I designed", "I then measured", "I profiled the traffic, split...", or a résumé-style
    // sentence that starts with the verb ("Built the loader.", "- Profiled the hot path").
    [GeneratedRegex(@"\bI\b[^.!?\n]{0,60}?\b" + Verbs + @"\b|(?:^|[.!?;]\s+|\n\s*(?:[-*+]\s+)?)(?i:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalVerb();

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var task = story.Section(SectionKind.Task);
        if (task is null) return;
        var facts = context.Facts(story);
        var claim = LeadershipVerb().Match(facts.Of(task).Masked);
        if (!claim.Success) return;
        var action = story.Section(SectionKind.Action);
        if (action is not null && TechnicalVerb().IsMatch(facts.Of(action).Masked)) return;
        var (line, column) = StoryProse.Locate(task, claim.Index);
        context.Report(story, line, column, $"\"{claim.Value}\" claims leadership, but the Action shows no technical work of yours.",
            "show the engineering you did yourself in the Action: what you designed, measured, built or decided.");
    }
}

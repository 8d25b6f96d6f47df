using Handbook.Analysis;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Publishing;
using Handbook.Rendering;

namespace Handbook.Practice;

/// <summary>
/// Writes <c>assets/practice-data.js</c>: the question bank and, per story, its STAR-TR outline and follow-up
/// questions, for the practice page. A script file, like the search index, so it loads from file://.
/// </summary>
public static class PracticeDataBuilder
{
    /// <summary>The data script's path.</summary>
    public const string DataPath = "assets/practice-data.js";

    /// <summary>
    /// The data script for <paramref name="index"/>, with the values of <paramref name="targets"/> to drill; a value with
    /// no prompts of its own is asked with the strings' <c>practice.valuePrompt</c>.
    /// </summary>
    public static OutputFile Build(SiteIndex index, IReadOnlyList<Targets.TargetPlan> targets, ThemeStrings strings)
    {
        var position = index.Stories.Select((s, i) => (s.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var patternIds = index.Patterns.Select(p => p.Id).ToList();
        var data = new PracticeData(
            index.Patterns.Select(p => new PracticePattern(p.Id, p.Title, p.Prompts, p.HighSignal)).ToList(),
            index.Stories.Select(index.Analysis.Of).Select(facts => (Facts: facts, Story: facts.Story)).Select(x => new PracticeStory(
                x.Story.Title,
                Links.StoryPath(x.Story.Slug),
                x.Story.Level?.Title() ?? "",
                x.Story.Patterns.Select(id => patternIds.IndexOf(id)).Where(i => i >= 0).ToArray(),
                SectionKinds.Ordered
                    .Select(kind => (Kind: kind, Section: x.Story.Section(kind)))
                    .Where(b => b.Section is not null)
                    .Select(b => new[] { b.Kind.Title(), b.Kind == SectionKind.Tradeoff ? x.Facts.TradeoffLine : StoryDigest.FirstSentence(x.Facts.Of(b.Section!)) })
                    .ToList(),
                x.Facts.KeyMetric,
                // Said once: as the outline's Trade-off beat when the story has that section, else on its own line.
                x.Story.Section(SectionKind.Tradeoff) is null ? x.Facts.TradeoffLine : "",
                FollowUps.For(x.Facts))).ToList(),
            targets.Select(t => new PracticeTarget(t.Target.Id, t.Target.Title, t.Values.Select(v => new PracticeValue(
                v.Value.Id,
                v.Value.Title,
                // A value with no prompts of its own is still asked, in the plainest words.
                v.Value.Prompts.Count > 0 ? v.Value.Prompts : [strings.Format("practice.valuePrompt", ("value", v.Value.Title))],
                v.IsGap,
                v.Ranked.Select(r => position.GetValueOrDefault(r.Story.Slug, -1)).Where(i => i >= 0).ToArray())).ToList())).ToList());
        return new OutputFile(DataPath, ScriptJson.Script("window.HandbookPracticeData=", data, PracticeJson.Context.PracticeData, ";\n"));
    }
}

/// <summary>The practice data as a module of the site: its script, beside the practice page.</summary>
/// <param name="Targets">The planned target loops, which the drill can be narrowed to.</param>
public sealed record PracticeModule(IReadOnlyList<Targets.TargetPlan> Targets) : ISiteModule
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Files(PageContext context) => [PracticeDataBuilder.Build(context.Index, Targets, context.Strings)];
}

// The practice data's serializers, generated at compile time.
[System.Text.Json.Serialization.JsonSerializable(typeof(PracticeData))]
internal sealed partial class PracticeJson : System.Text.Json.Serialization.JsonSerializerContext
{
    /// <summary>The one context, with the script-safe options.</summary>
    public static PracticeJson Context { get; } = new(ScriptJson.Options());
}

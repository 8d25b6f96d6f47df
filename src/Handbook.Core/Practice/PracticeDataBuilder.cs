using Handbook.Indexing;
using Handbook.Model;
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

    /// <summary>The data script for <paramref name="index"/>.</summary>
    public static OutputFile Build(SiteIndex index)
    {
        var patternIds = index.Patterns.Select(p => p.Id).ToList();
        var data = new PracticeData(
            index.Patterns.Select(p => new PracticePattern(p.Id, p.Title, p.Prompts, p.HighSignal)).ToList(),
            index.Stories.Select(s => new PracticeStory(
                s.Title,
                Links.StoryPath(s.Slug),
                s.Level?.Title() ?? "",
                s.Patterns.Select(id => patternIds.IndexOf(id)).Where(i => i >= 0).ToArray(),
                SectionKinds.Ordered
                    .Select(kind => (Kind: kind, Section: s.Section(kind)))
                    .Where(x => x.Section is not null)
                    .Select(x => new[] { x.Kind.Title(), x.Kind == SectionKind.Tradeoff ? StoryDigest.TradeoffLine(s) : StoryDigest.FirstSentence(x.Section!.Markdown) })
                    .ToList(),
                StoryDigest.KeyMetric(s),
                // Said once: as the outline's Trade-off beat when the story has that section, else on its own line.
                s.Section(SectionKind.Tradeoff) is null ? StoryDigest.TradeoffLine(s) : "",
                FollowUps.For(s))).ToList());
        return new OutputFile(DataPath, ScriptJson.Script("window.HandbookPracticeData=", data, ";\n"));
    }
}

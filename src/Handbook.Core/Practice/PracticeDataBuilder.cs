using System.Text.Encodings.Web;
using System.Text.Json;
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

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The data script for <paramref name="index"/>.</summary>
    public static OutputFile Build(SiteIndex index)
    {
        var patternIds = index.Patterns.Select(p => p.Id).ToList();
        var data = new
        {
            patterns = index.Patterns.Select(p => new { id = p.Id, t = p.Title, prompts = p.Prompts, high = p.HighSignal }),
            stories = index.Stories.Select(s => new
            {
                t = s.Title,
                u = Links.StoryPath(s.Slug),
                l = s.Level?.Title() ?? "",
                p = s.Patterns.Select(id => patternIds.IndexOf(id)).Where(i => i >= 0).ToArray(),
                beats = SectionKinds.Ordered
                    .Select(kind => (Kind: kind, Section: s.Section(kind)))
                    .Where(x => x.Section is not null)
                    .Select(x => new[] { x.Kind.Title(), StoryDigest.FirstSentence(x.Section!.Markdown) }),
                m = StoryDigest.KeyMetric(s),
                o = StoryDigest.TradeoffLine(s),
                f = FollowUps.For(s),
            }),
        };
        return OutputFile.Text(DataPath, $"window.HandbookPracticeData={JsonSerializer.Serialize(data, Json)};\n");
    }
}

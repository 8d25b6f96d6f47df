using Handbook.Analysis;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Publishing;
using Handbook.Rendering;

namespace Handbook.Searching;

/// <summary>
/// Builds the browser's search data at build time. It is shipped as script files (not JSON fetched at run
/// time) because browsers block <c>fetch</c> of local files, and the site must work opened from disk:
/// <list type="bullet">
/// <item><c>assets/search-index.js</c>: facets, one compact record per story, and an inverted index
/// (sorted terms, with postings delta-encoded as <c>(docDelta &lt;&lt; 6) | fields</c>);</item>
/// <item><c>assets/search/text-N.js</c>: the section text of <see cref="ShardSize"/> stories, loaded only
/// when a result from that shard needs a snippet, so the index stays small for large handbooks.</item>
/// </list>
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The path of the index script.</summary>
    public const string IndexPath = "assets/search-index.js";

    /// <summary>The folder of the text shards.</summary>
    public const string ShardFolder = "assets/search";

    /// <summary>Stories per text shard: small enough that a snippet loads one small file.</summary>
    public const int ShardSize = 50;

    /// <summary>The index format's version; search.js checks it.</summary>
    public const int FormatVersion = 1;

    /// <summary>Bits used for the field mask in a posting.</summary>
    public const int FieldBits = 6;

    /// <summary>The index script and the text shards for <paramref name="index"/>.</summary>
    /// <param name="index">The site index.</param>
    /// <param name="termCache">
    /// Where each story's terms are kept for as long as the story object lives, so a rebuild that reuses the story
    /// skips its tokenizing (serve keeps one in its build cache); null for a one-off build, which lets them go as
    /// soon as they are merged.
    /// </param>
    public static IReadOnlyList<OutputFile> Build(SiteIndex index, SearchTermCache? termCache = null)
    {
        var stories = index.Stories;
        var competencies = index.Competencies.Select(t => t.Id).ToList();
        var patterns = index.Patterns.Select(t => t.Id).ToList();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var docs = new List<SearchDoc>(stories.Count);

        // Each story's terms are independent work; only the merge into postings below is sequential.
        var storyFields = new Dictionary<string, SearchField>[stories.Count];
        Parallel.For(0, stories.Count, i => storyFields[i] = Fields(index.Analysis.Of(stories[i]), index, termCache));
        for (var doc = 0; doc < stories.Count; doc++)
        {
            var story = stories[doc];
            var facts = index.Analysis.Of(story);
            docs.Add(new SearchDoc(
                Links.StoryPath(story.Slug),
                story.Title,
                facts.Hook,
                facts.KeyMetric,
                facts.TradeoffLine,
                story.Level is { } level ? (int)level : -1,
                story.Competencies.Select(id => competencies.IndexOf(id)).Where(i => i >= 0).ToArray(),
                story.Patterns.Select(id => patterns.IndexOf(id)).Where(i => i >= 0).ToArray(),
                story.Tags));
            foreach (var (term, fields) in storyFields[doc])
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((doc << FieldBits) | (int)fields);
            }
        }

        // Terms sorted once at the end: cheaper than keeping a sorted map through every insertion.
        var terms = postings.Keys.Order(StringComparer.Ordinal).ToList();
        var data = new SearchData(
            FormatVersion,
            ShardSize,
            SearchTokenizer.StopWords,
            new SearchFacets(
                index.Competencies.Select(t => new[] { t.Id, t.Title }).ToList(),
                index.Patterns.Select(t => new[] { t.Id, t.Title }).ToList(),
                index.Levels.Select(t => new[] { t.Id, t.Title }).ToList()),
            docs,
            terms,
            terms.Select(t => DeltaEncode(postings[t])).ToList());

        var files = new List<OutputFile>
        {
            new OutputFile(IndexPath, ScriptJson.Script("window.HandbookSearchIndex=", data, SearchJson.Context.SearchData, ";\n")),
        };
        for (var shard = 0; shard * ShardSize < Math.Max(1, stories.Count); shard++)
        {
            var texts = stories.Skip(shard * ShardSize).Take(ShardSize).Select(index.Analysis.Of).Select(SectionTexts).ToArray();
            files.Add(new OutputFile($"{ShardFolder}/text-{shard}.js",
                ScriptJson.Script($"window.HandbookSearchText&&window.HandbookSearchText({shard},", texts, SearchJson.Context.StringArrayArrayArray, ");\n")));
        }
        return files;
    }

    // Each term of the story with the fields it appears in: its own text, plus the index names it is filed under.
    private static Dictionary<string, SearchField> Fields(StoryFacts facts, SiteIndex index, SearchTermCache? terms)
    {
        var story = facts.Story;
        var fields = terms is not null ? new Dictionary<string, SearchField>(terms.Of(facts), StringComparer.Ordinal) : TextFields(facts);
        void Add(string text, SearchField field)
        {
            SearchTokenizer.Mark(text, field, fields);
        }
        foreach (var id in story.Competencies) Add(index.Find(Axis.Competency, id)?.Title ?? id, SearchField.Facets);
        foreach (var id in story.Patterns) Add(index.Find(Axis.Pattern, id)?.Title ?? id, SearchField.Facets);
        if (story.Level is { } level) Add(level.Title(), SearchField.Facets);
        return fields;
    }

    // About one distinct term per this many characters of a story's prose; sizing the map up front spares it
    // the copies of growing one entry at a time.
    private const int CharactersPerTerm = 8;

    /// <summary>The terms of a story's own text, each with the fields it appears in.</summary>
    internal static Dictionary<string, SearchField> TextFields(StoryFacts facts)
    {
        var story = facts.Story;
        var length = story.Preamble.Length;
        foreach (var section in story.Sections) length += section.Markdown.Length;
        var fields = new Dictionary<string, SearchField>(length / CharactersPerTerm, StringComparer.Ordinal);
        void Add(string text, SearchField field)
        {
            SearchTokenizer.Mark(text, field, fields);
        }

        Add(story.Title, SearchField.Title);
        foreach (var metric in story.Metrics) Add(metric, SearchField.Metrics);
        Add(facts.KeyMetric, SearchField.Metrics);
        Add(story.Tradeoff, SearchField.Tradeoff);
        Add(story.Section(SectionKind.Tradeoff) is { } tradeoff ? facts.Of(tradeoff).Plain : "", SearchField.Tradeoff);
        Add(facts.Hook, SearchField.Summary);
        foreach (var tag in story.Tags) Add(tag, SearchField.Facets);
        Add(facts.Preamble.Plain, SearchField.Body);
        foreach (var section in facts.Sections) Add(section.Plain, SearchField.Body);
        return fields;
    }

    // [heading, anchor, text] per section, for snippets; anchors match the story page's section ids.
    private static string[][] SectionTexts(StoryFacts facts)
    {
        var anchors = SectionAnchors.For(facts.Story.Sections);
        return facts.Story.Sections.Select((section, i) =>
        {
            var anchor = anchors[i];
            var title = section.Kind == SectionKind.Other ? section.Heading : section.Kind.Title();
            return new[] { title, anchor, facts.Sections[i].Plain };
        }).ToArray();
    }

    private static int[] DeltaEncode(List<int> postings)
    {
        var encoded = new int[postings.Count];
        var previousDoc = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            var doc = postings[i] >> FieldBits;
            encoded[i] = ((doc - previousDoc) << FieldBits) | (postings[i] & ((1 << FieldBits) - 1));
            previousDoc = doc;
        }
        return encoded;
    }
}

/// <summary>The search index as a module of the site: the index script and the text shards, beside the pages.</summary>
/// <param name="Terms">Where each story's terms are kept between builds (serve's build cache), or null.</param>
public sealed record SearchModule(SearchTermCache? Terms = null) : ISiteModule
{
    /// <inheritdoc />
    public IEnumerable<OutputFile> Files(PageContext context) => SearchIndexBuilder.Build(context.Index, Terms);
}

// The search data's serializers, generated at compile time.
[System.Text.Json.Serialization.JsonSerializable(typeof(SearchData))]
[System.Text.Json.Serialization.JsonSerializable(typeof(string[][][]))]
internal sealed partial class SearchJson : System.Text.Json.Serialization.JsonSerializerContext
{
    /// <summary>The one context, with the script-safe options.</summary>
    public static SearchJson Context { get; } = new(ScriptJson.Options());
}

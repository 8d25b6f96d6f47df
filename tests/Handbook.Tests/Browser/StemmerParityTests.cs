using System.Text.RegularExpressions;
using Handbook.Searching;
using Handbook.Tests.Support;

namespace Handbook.Tests.Browser;

/// <summary>The browser's stemmer (theme/assets/stem.js) and the index builder's give every word the same stem.</summary>
[Collection(BrowserCollection.Name)]
public partial class StemmerParityTests(BrowserFixture fixture)
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Every word of the sample stories, lower-cased as the tokenizer does, plus a list of hard cases.
    private static List<string> Words()
    {
        var text = string.Join('\n', Directory.GetFiles(Path.Combine(Paths.SampleInput, "stories"), "*.md").Select(File.ReadAllText));
        var listed = File.ReadAllLines(Paths.Fixture("Words", "stem-words.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'));
        return Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Concat(listed).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [BrowserFact]
    public async Task Browser_and_index_builder_stem_every_word_alike()
    {
        var words = Words();
        Assert.True(words.Count > 500, $"only {words.Count} words");
        await using var probe = await PageProbe.OpenAsync(fixture.Browser);
        await probe.Page.GotoAsync(fixture.FileUrl("search.html"));

        var browser = await probe.Page.EvaluateAsync<string[]>("words => words.map(w => window.HandbookStem(w))", words);

        var differences = words.Select((w, i) => (Word: w, Js: browser[i], Cs: EnglishStemmer.Stem(w))).Where(x => x.Js != x.Cs).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Select(d => $"{d.Word}: browser {d.Js}, builder {d.Cs}")));
        Assert.Contains(words, w => EnglishStemmer.Stem(w) != w); // the list exercises the rules, not only words they leave alone
    }
}

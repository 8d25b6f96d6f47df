using System.Diagnostics;
using System.Text;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Reading;
using Handbook.Pipeline;
using Handbook.Rendering;
using Handbook.Targets;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Robustness;

/// <summary>
/// Pathological inputs at two sizes, n and 4n: reading, checking and rendering them must grow about linearly.
/// A quadratic step makes the larger input take ~16x as long; the test allows 10x, compares the fastest of three runs,
/// counts the process's CPU time rather than the wall clock (other processes on a busy machine add none) and passes
/// outright when the larger input still takes under a second of CPU. This is a fuzzer for
/// time, beside <see cref="FuzzTests"/> for exceptions; the absolute speed is measured by the benchmarks.
/// </summary>
[Collection(SerialCollection.Name)]
public class TimingFuzzTests
{
    // Characters in the smaller input; the larger has four times as many.
    private const int Size = 24 * 1024;
    private const double MaxRatio = 10;
    // Below this the larger input is fast whatever the ratio (timer noise, JIT, GC dominate).
    private static readonly TimeSpan Floor = TimeSpan.FromSeconds(1);
    // A smaller input slower than this is already a failure; the larger one is then not tried (it could take minutes).
    private static readonly TimeSpan SmallLimit = TimeSpan.FromSeconds(3);

    private static string Repeat(string unit, int size) => new StringBuilder(size + unit.Length).Insert(0, unit, Math.Max(1, size / unit.Length)).ToString();

    // Each family makes a story body of about `size` characters.
    private static readonly Dictionary<string, Func<int, string>> Bodies = new()
    {
        ["link-openers"] = n => Repeat("[a](", n),
        ["link-openers-spaced"] = n => Repeat("[a]( ", n),
        ["link-title-openers"] = n => Repeat("[a](b (", n),
        ["link-title-quotes"] = n => Repeat("[a](b \"", n),
        ["pointy-destinations"] = n => Repeat("[a](<b", n),
        ["image-openers"] = n => Repeat("![a](", n),
        ["nested-brackets"] = n => new string('[', n / 2) + "a" + new string(']', n / 2),
        ["bracket-openers"] = n => Repeat("[", n),
        ["bracket-closers"] = n => Repeat("]", n),
        ["reference-labels"] = n => Repeat("[a][", n),
        ["angle-openers"] = n => Repeat("<", n),
        ["autolink-openers"] = n => Repeat("<a:", n),
        ["html-openers"] = n => Repeat("<a ", n),
        ["html-comments"] = n => Repeat("<!--", n),
        ["backtick-runs"] = n => Backticks(n),
        ["backtick-openers"] = n => Repeat("`a", n),
        ["star-openers"] = n => Repeat("*a ", n),
        ["star-closers"] = n => Repeat("a* ", n),
        ["strong-openers"] = n => Repeat("**a", n),
        ["underscore-mix"] = n => Repeat("*a_ ", n),
        ["emphasis-nesting"] = n => Repeat("*a **a ", n / 2) + Repeat(" b* b**", n / 2),
        ["tilde-runs"] = n => Repeat("~~a", n),
        ["tildes"] = n => Repeat("~", n),
        ["entities"] = n => Repeat("&#", n),
        ["escapes"] = n => Repeat("\\", n),
        ["www-autolinks"] = n => Repeat("www.", n),
        ["url-autolinks"] = n => Repeat("http://a", n),
        ["long-line"] = n => Repeat("a", n),
        ["pipe-table"] = n => "a|b|c\n-|-|-\n" + Repeat("|x|y|z\n", n),
        ["wide-table"] = n => Repeat("a|", n / 4) + "\n" + Repeat("-|", n / 4) + "\n" + Repeat("x|", n / 4),
        ["pipe-openers"] = n => Repeat("|", n),
        ["nested-lists"] = n => Lines(n, i => new string(' ', 2 * (i % 40)) + "- a"),
        ["nested-quotes"] = n => Lines(n, i => new string('>', 1 + i % 40) + " a"),
        ["task-lists"] = n => Repeat("- [ ] a\n", n),
        ["labels"] = n => Repeat("**Result:** a. Task: b. ", n),
        ["label-lines"] = n => Repeat("Result: a\n", n),
        ["headings"] = n => Repeat("## Result\n", n),
        ["reference-definitions"] = n => Lines(n, i => $"[r{i}]: /x") + "\n\n" + Repeat("[r1] ", n / 4),
        ["arrows"] = n => Repeat("->", n),
        ["blank-lines"] = n => Repeat("\n", n),
    };

    // "e`", "e``", "e```"... : each run of backticks looks for a closing run of the same length.
    private static string Backticks(int size)
    {
        var text = new StringBuilder();
        for (var i = 1; text.Length < size; i++) text.Append('e').Append('`', i % 200 + 1);
        return text.ToString();
    }

    private static string Lines(int size, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < size; i++) text.Append(line(i)).Append('\n');
        return text.ToString();
    }

    /// <summary>The body families.</summary>
    public static TheoryData<string> BodyFamilies => new(Bodies.Keys);

    [Theory]
    [MemberData(nameof(BodyFamilies))]
    public void Story_body_time_grows_linearly(string family)
    {
        AssertLinear(family, size => ReadCheckAndRender("---\n" + Front + "---\n\n## Situation\n" + Bodies[family](size) + "\n"));
    }

    private const string Front = "title: A story\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior\n";

    // Front-matter and configuration YAML of about `size` characters.
    private static readonly Dictionary<string, Func<int, string>> Yamls = new()
    {
        ["long-list"] = n => "tags: [" + Repeat("a, ", n) + "a]\n",
        ["long-block-list"] = n => "metrics:\n" + Repeat("  - \"a 1 -> 2\"\n", n),
        ["nested-flows"] = n => "tags: " + new string('[', Math.Min(n / 2, 5000)) + new string(']', Math.Min(n / 2, 5000)) + "\n",
        ["alias-bomb"] = n => AliasBomb(n),
        ["many-aliases"] = n => "a: &a x\nmetrics: [" + Repeat("*a, ", n) + "*a]\n",
        ["long-scalar"] = n => "summary: " + Repeat("a", n) + "\n",
        ["many-keys"] = n => Lines(n, i => $"k{i}: v"),
        ["unclosed-flow"] = n => "tags: [" + Repeat("a,\n  ", n),
        ["long-quoted"] = n => "summary: \"" + Repeat("a\\\"", n) + "\"\n",
        ["escapes"] = n => "title: \"" + Repeat("\\u001b", n) + "\"\n",
    };

    // Each level is a list of nine aliases of the one before: naive expansion is exponential.
    private static string AliasBomb(int size)
    {
        var text = new StringBuilder("x0: &x0 [a, a, a, a, a, a, a, a, a]\n");
        for (var i = 1; text.Length < size; i++) text.Append($"x{i}: &x{i} [").AppendJoin(", ", Enumerable.Repeat($"*x{i - 1}", 9)).Append("]\n");
        return text.ToString();
    }

    /// <summary>The YAML families.</summary>
    public static TheoryData<string> YamlFamilies => new(Yamls.Keys);

    [Theory]
    [MemberData(nameof(YamlFamilies))]
    public void Front_matter_time_grows_linearly(string family)
    {
        AssertLinear(family, size => ReadCheckAndRender("---\n" + Front + Yamls[family](size) + "---\n\n## Situation\nA.\n"));
    }

    [Theory]
    [MemberData(nameof(YamlFamilies))]
    public void Configuration_time_grows_linearly(string family)
    {
        var handbook = File.ReadAllText(Path.Combine(Paths.SampleInput, ConfigFiles.Handbook));
        var questions = File.ReadAllText(Path.Combine(Paths.SampleInput, ConfigFiles.Questions));
        var target = File.ReadAllText(Directory.GetFiles(Path.Combine(Paths.SampleInput, "targets"), "*.yml")[0]);
        var rules = RuleSet.CreateDefault().ConfigurableIds;
        AssertLinear(family, size =>
        {
            var bag = new DiagnosticBag();
            var config = ConfigLoader.ParseHandbook(handbook + Yamls[family](size), ConfigFiles.Handbook, rules, bag);
            var pattern = "- id: fuzz\n  title: Fuzz\n  " + Yamls[family](size).Replace("\n", "\n  ", StringComparison.Ordinal);
            ConfigLoader.ParseQuestions(questions.TrimEnd() + "\n" + pattern, ConfigFiles.Questions, config, bag);
            TargetReader.Parse(target + Yamls[family](size), "targets/t.yml", "t", config.Competencies.Select(c => c.Id).ToList(), bag);
        });
    }

    // The whole path of one story: read, check, index and render the site.
    private static void ReadCheckAndRender(string text)
    {
        var bag = new DiagnosticBag();
        var story = StoryReader.Parse(text, "story.md", bag);
        if (story is null) return;
        Validator.Run(RuleSet.CreateDefault(), [story], Stories.DefaultConfig, bag);
        var index = SiteIndex.Build([story], Stories.DefaultConfig, includeDrafts: true);
        new SiteRenderer(index, Stories.DefaultConfig, Theme, bag) { Pages = SitePages.For() }.Render();
    }

    private static readonly Theme Theme = new(Paths.Theme);

    private static void AssertLinear(string family, Action<int> run)
    {
        run(256); // JIT and caches
        // A quadratic input fails every time; a burst of load on a shared machine does not, so a failure is measured again.
        var failure = "";
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var small = Fastest(() => run(Size));
            Assert.True(small < SmallLimit, $"{family}: {Size} characters took {small.TotalMilliseconds:F0} ms");
            var large = Fastest(() => run(4 * Size));
            if (large < Floor) return;
            var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, Floor.TotalMilliseconds / MaxRatio);
            if (ratio < MaxRatio) return;
            failure = $"{family}: {Size} characters took {small.TotalMilliseconds:F0} ms, {4 * Size} took {large.TotalMilliseconds:F0} ms (ratio {ratio:F1})";
        }
        Assert.Fail(failure);
    }

    // The process's CPU time, not the wall clock: nothing else runs in this process meanwhile (the serial collection),
    // and another process keeping the machine busy then slows the clock but adds no CPU time of ours.
    private static TimeSpan Fastest(Action action)
    {
        var times = new List<TimeSpan>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 3; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            var took = process.TotalProcessorTime - before;
            times.Add(took);
            // One slow run is enough to know: a quadratic input is not run three times.
            if (took > SmallLimit) break;
        }
        return times.Min();
    }
}

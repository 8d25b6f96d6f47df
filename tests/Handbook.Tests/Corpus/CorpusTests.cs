using System.Text;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Tests.Support;
using Handbook.Validation;
using Xunit.Abstractions;

namespace Handbook.Tests.Corpus;

/// <summary>
/// The labelled corpus under Fixtures/Corpus: original stories in every form people write them, strong and
/// weak, each with the errors and warnings an experienced interviewer would give it (the
/// <c># expect-errors:</c> and <c># expect-warnings:</c> comments in its front matter). The test prints the
/// accuracy of each labelled rule and fails when an error rule is below 100%.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    /// <summary>Rules that keep a story from shipping: the corpus must get every one of them right.</summary>
    private static readonly string[] ErrorRules = ["missing-metric", "missing-tradeoff", "placeholder", "required-field"];

    /// <summary>Coaching rules the corpus labels; their accuracy is reported.</summary>
    private static readonly string[] CoachingRules =
    [
        "first-person", "vague-metric", "no-baseline", "missing-section", "missing-reflection", "blame", "heroics", "buzzwords",
        "title-inflation", "section-label", "outcome-placement",
    ];

    private const int MinimumStories = 40;

    private sealed record Labelled(string Name, IReadOnlyDictionary<string, Severity> Expected, IReadOnlyList<Diagnostic> Actual);

    [Fact]
    public void Corpus_accuracy_is_total_on_the_error_rules()
    {
        var stories = Load();
        Assert.True(stories.Count >= MinimumStories, $"the corpus has {stories.Count} stories; it needs at least {MinimumStories}.");

        var table = new StringBuilder();
        table.AppendLine($"{"rule",-20} {"kind",-8} {"correct",8} {"FP",4} {"FN",4} {"accuracy",9}");
        var failures = new List<string>();
        var mistakes = new StringBuilder();
        foreach (var rule in ErrorRules.Concat(CoachingRules))
        {
            var correct = 0;
            var falsePositives = 0;
            var falseNegatives = 0;
            foreach (var story in stories)
            {
                var expected = story.Expected.TryGetValue(rule, out var severity) ? severity : Severity.Off;
                var found = story.Actual.Where(d => d.RuleId == rule).ToList();
                var actual = found.Count == 0 ? Severity.Off : found.Any(d => d.IsError) ? Severity.Error : Severity.Warning;
                if (actual == expected)
                {
                    correct++;
                    continue;
                }
                if (expected == Severity.Off) falsePositives++;
                else falseNegatives++;
                mistakes.AppendLine($"  {story.Name}: {rule} expected {Name(expected)}, got {Name(actual)}"
                    + (found.Count > 0 ? $" ({found[0].Location.Line}: {found[0].Message})" : ""));
            }
            var accuracy = 100.0 * correct / stories.Count;
            var kind = ErrorRules.Contains(rule) ? "error" : "coaching";
            table.AppendLine($"{rule,-20} {kind,-8} {correct,4}/{stories.Count,-3} {falsePositives,4} {falseNegatives,4} {accuracy,8:0.0}%");
            if (kind == "error" && correct < stories.Count) failures.Add($"{rule} {accuracy:0.0}%");
        }
        output.WriteLine(table.ToString());
        if (mistakes.Length > 0) output.WriteLine("Disagreements with the labels:\n" + mistakes);

        Assert.True(failures.Count == 0, $"error rules below 100% on the corpus: {string.Join(", ", failures)}\n{table}\n{mistakes}");
    }

    [Fact]
    public void Every_corpus_story_is_labelled()
    {
        foreach (var path in Files())
        {
            var text = File.ReadAllText(path);
            Assert.True(text.Contains("# expect-errors:", StringComparison.Ordinal) && text.Contains("# expect-warnings:", StringComparison.Ordinal),
                $"{Path.GetFileName(path)} has no expectations.");
        }
    }

    private static string Name(Severity severity) => severity == Severity.Off ? "nothing" : severity.ToString().ToLowerInvariant();

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Paths.Fixture("Corpus"), "*.md")
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static List<Labelled> Load()
    {
        var stories = new List<Labelled>();
        foreach (var path in Files())
        {
            var text = File.ReadAllText(path);
            var expected = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith("# expect-errors:", StringComparison.Ordinal)) Add(expected, line, Severity.Error);
                else if (line.StartsWith("# expect-warnings:", StringComparison.Ordinal)) Add(expected, line, Severity.Warning);
            }
            var bag = new DiagnosticBag();
            var story = StoryReader.Parse(text, path, bag);
            if (story is not null) Validator.Run(RuleSet.CreateDefault(), [story], Stories.DefaultConfig, bag);
            stories.Add(new Labelled(Path.GetFileNameWithoutExtension(path), expected, bag.Sorted()));
        }
        return stories;
    }

    private static void Add(Dictionary<string, Severity> expected, string line, Severity severity)
    {
        foreach (var rule in line[(line.IndexOf(':') + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (rule != "none") expected[rule] = severity;
        }
    }
}

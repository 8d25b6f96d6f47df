using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Rendering;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Robustness;

/// <summary>
/// Thousands of seeded, mutated stories and configuration files: none may throw, and every error must have a
/// file and a line. CI runs <see cref="DefaultIterations"/>; set HANDBOOK_FUZZ_ITERATIONS for a long run.
/// A failure names the seed and iteration, so it reproduces.
/// </summary>
public class FuzzTests
{
    private const int DefaultIterations = 3000;
    private const int Seed = 20261122;
    private const int RenderEvery = 25;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("HANDBOOK_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : DefaultIterations;

    private static readonly string[] Samples = Directory.GetFiles(Path.Combine(Paths.SampleInput, "stories"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public void Mutated_stories_never_throw_and_errors_have_lines()
    {
        var mutator = new Mutator(Seed);
        var theme = new Theme(Paths.Theme);
        var rules = RuleSet.CreateDefault();
        for (var i = 0; i < Iterations; i++)
        {
            var text = mutator.Mutate(Samples[i % Samples.Length]);
            try
            {
                var bag = new DiagnosticBag();
                var story = StoryReader.Parse(text, $"fuzz-{i}.md", bag);
                if (story is not null)
                {
                    Validator.Run(rules, [story], Stories.DefaultConfig, bag);
                    if (i % RenderEvery == 0)
                    {
                        var index = SiteIndex.Build([story], Stories.DefaultConfig, includeDrafts: true);
                        new SiteRenderer(index, Stories.DefaultConfig, theme, bag) { Pages = SitePages.For(), Modules = HandbookPipeline.SiteModules() }.Render();
                    }
                }
                Assert.All(bag.Sorted().Where(d => d.IsError), d => Assert.True(d.Location.Line >= 1, d.Format()));
                if (story is null) Assert.Contains(bag.Sorted(), d => d.IsError);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {Seed}, iteration {i}: {e.GetType().Name}: {e.Message}\n--- input ---\n{text}");
            }
        }
    }

    [Fact]
    public void Mutated_configuration_never_throws()
    {
        var mutator = new Mutator(Seed + 1);
        var handbook = File.ReadAllText(Path.Combine(Paths.SampleInput, ConfigFiles.Handbook));
        var questions = File.ReadAllText(Path.Combine(Paths.SampleInput, ConfigFiles.Questions));
        var rules = RuleSet.CreateDefault().ConfigurableIds;
        for (var i = 0; i < Iterations / 3; i++)
        {
            var settingsText = mutator.Mutate(handbook);
            var questionsText = mutator.Mutate(questions);
            try
            {
                var bag = new DiagnosticBag();
                var config = ConfigLoader.ParseHandbook(settingsText, "handbook.yml", rules, bag);
                ConfigLoader.ParseQuestions(questionsText, "questions.yml", config, bag);
                Assert.All(bag.Sorted(), d => Assert.True(d.Location.Line >= 1, d.Format()));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {Seed + 1}, iteration {i}: {e.GetType().Name}: {e.Message}\n--- handbook.yml ---\n{settingsText}\n--- questions.yml ---\n{questionsText}");
            }
        }
    }

    [Fact]
    public void Whole_builds_of_mutated_handbooks_end_with_exit_code_0_1_or_2()
    {
        var mutator = new Mutator(Seed + 2);
        var codes = new HashSet<int>();
        for (var i = 0; i < 40; i++)
        {
            using var dir = new TempDirectory();
            var input = dir.CopyFrom(Paths.SampleInput, "input");
            foreach (var file in Directory.GetFiles(input, "*", SearchOption.AllDirectories).Where((_, n) => n % 3 == i % 3))
            {
                File.WriteAllText(file, mutator.Mutate(File.ReadAllText(file)));
            }
            var (exitCode, stdout, stderr) = Cli.CliRunner.Run("build", "--input", input, "--output", dir.Combine("site"), "--theme", Paths.Theme);
            Assert.True(exitCode is 0 or 1 or 2, $"iteration {i}: exit code {exitCode}\n{stdout}\n{stderr}");
            Assert.DoesNotContain("internal error", stderr);
            Assert.DoesNotContain("   at ", stdout + stderr);
            codes.Add(exitCode);
        }
        Assert.Contains(ExitCodes.ValidationFailed, codes);
    }
}

using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Configuration;

public class ConfigLoaderTests
{
    private static readonly IReadOnlyCollection<string> Rules = RuleSet.CreateDefault().ConfigurableIds;

    [Fact]
    public void Missing_files_mean_the_built_in_defaults()
    {
        using var dir = new TempDirectory();
        var bag = new DiagnosticBag();

        var config = ConfigLoader.Load(dir.Path, Rules, bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal(10, config.Competencies.Count);
        Assert.InRange(config.Questions.Count, 15, 20);
        Assert.Contains(config.Questions, q => q.Id == "production-incident" && q.HighSignal);
    }

    [Fact]
    public void Default_question_bank_only_names_default_competencies()
    {
        var competencies = ConfigLoader.DefaultHandbook().Competencies.Select(c => c.Id).ToHashSet();

        Assert.All(ConfigLoader.DefaultQuestions(), q => Assert.Subset(competencies, q.Competencies.ToHashSet()));
    }

    [Fact]
    public void Sample_question_bank_matches_the_built_in_default()
    {
        var sample = File.ReadAllText(Path.Combine(Paths.SampleInput, ConfigFiles.Questions));

        Assert.Equal(ConfigFiles.DefaultText(ConfigFiles.Questions), sample);
    }

    [Fact]
    public void Handbook_settings_override_the_defaults()
    {
        var config = ConfigLoader.ParseHandbook("title: Ada's prep\nauthor: Ada\nrules:\n  missing-metric: warning\n", "handbook.yml", Rules, new DiagnosticBag());

        Assert.Equal("Ada's prep", config.Title);
        Assert.Equal("Ada", config.Author);
        Assert.Equal(Severity.Warning, config.Rules["missing-metric"]);
        Assert.Equal(10, config.Competencies.Count);
    }

    [Fact]
    public void Custom_competencies_replace_the_default_list()
    {
        var yaml = "competencies:\n  - id: customer-obsession\n    title: Customer Obsession\n  - id: bias-for-action\n    title: Bias for Action\n";
        var config = ConfigLoader.ParseHandbook(yaml, "handbook.yml", Rules, new DiagnosticBag());

        Assert.Equal(["customer-obsession", "bias-for-action"], config.Competencies.Select(c => c.Id));
    }

    [Fact]
    public void Unknown_rule_name_is_a_warning_with_a_suggestion()
    {
        var bag = new DiagnosticBag();
        ConfigLoader.ParseHandbook("rules:\n  missing-metrics: off\n", "handbook.yml", Rules, bag);

        var diagnostic = bag.Sorted().Single(RuleIds.InvalidRule);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Contains("`missing-metric`", diagnostic.Help);
    }

    [Fact]
    public void Invalid_severity_is_an_error()
    {
        var bag = new DiagnosticBag();
        ConfigLoader.ParseHandbook("rules:\n  missing-metric: fatal\n", "handbook.yml", Rules, bag);

        Assert.Equal(Severity.Error, bag.Sorted().Single(RuleIds.InvalidRule).Severity);
    }

    [Fact]
    public void Duplicate_question_id_is_reported()
    {
        var bag = new DiagnosticBag();
        var questions = ConfigLoader.ParseQuestions("- id: outage\n  title: A\n- id: outage\n  title: B\n", "questions.yml", Stories.DefaultConfig, bag);

        Assert.Single(questions);
        Assert.Equal(3, bag.Sorted().Single(RuleIds.DuplicateId).Location.Line);
    }

    [Fact]
    public void Question_bank_that_is_not_a_list_is_reported()
    {
        var bag = new DiagnosticBag();
        ConfigLoader.ParseQuestions("id: outage\n", "questions.yml", Stories.DefaultConfig, bag);

        Assert.Contains("must be a list", bag.Sorted().Single(RuleIds.InvalidFieldType).Message);
    }
}

public class RuleOptionsTests
{
    private static readonly Handbook.Validation.RuleSet Rules = Handbook.Validation.RuleSet.CreateDefault();

    private static (Handbook.Configuration.HandbookConfig Config, IReadOnlyList<Handbook.Diagnostics.Diagnostic> Found) Parse(string yaml)
    {
        var bag = new Handbook.Diagnostics.DiagnosticBag();
        var config = Handbook.Configuration.ConfigLoader.ParseHandbook(yaml, "handbook.yml", Rules.ConfigurableIds, bag, Rules.OptionNames);
        return (config, bag.Sorted());
    }

    [Fact]
    public void Rule_options_are_read_from_handbook_yml()
    {
        var (config, found) = Parse("options:\n  slow-start:\n    maxWords: 40\n  speaking-time:\n    minSeconds: 60\n");

        Assert.Empty(found);
        Assert.Equal(40, config.RuleOptions["slow-start"]["maxWords"]);
        Assert.Equal(60, config.RuleOptions["speaking-time"]["minSeconds"]);
    }

    [Fact]
    public void Unknown_option_is_warned_with_a_suggestion()
    {
        var (_, found) = Parse("options:\n  slow-start:\n    maxWord: 40\n");

        var diagnostic = Assert.Single(found);
        Assert.Equal(Handbook.Diagnostics.Severity.Warning, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("maxWords", diagnostic.Help);
    }

    [Fact]
    public void Option_that_is_not_a_number_is_an_error()
    {
        var (_, found) = Parse("options:\n  first-person:\n    ratio: lots\n");

        Assert.True(Assert.Single(found).IsError);
    }

    [Fact]
    public void Slow_start_threshold_follows_its_option()
    {
        var situation = string.Join(' ', Enumerable.Repeat("word", 30));
        var text = Handbook.Tests.Support.Stories.Compose(situation: situation);
        var (config, _) = Parse("options:\n  slow-start:\n    maxWords: 60\n");

        Assert.Contains(Handbook.Tests.Support.Stories.Check(text), d => d.RuleId == "slow-start");
        Assert.DoesNotContain(Handbook.Tests.Support.Stories.Check(text, config: config with { Questions = Handbook.Tests.Support.Stories.DefaultConfig.Questions }), d => d.RuleId == "slow-start");
    }
}

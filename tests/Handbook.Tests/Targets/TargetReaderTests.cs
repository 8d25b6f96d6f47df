using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Targets;
using Handbook.Tests.Support;

namespace Handbook.Tests.Targets;

public class TargetReaderTests
{
    private static readonly IReadOnlyCollection<string> Competencies = Stories.DefaultConfig.Competencies.Select(c => c.Id).ToList();

    private static (TargetLoop? Target, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var target = TargetReader.Parse(yaml, "targets/acme.yml", "acme", Competencies, bag);
        return (target, bag.Sorted());
    }

    private const string Valid = """
        title: Acme, senior backend
        level: senior
        date: 2027-02-03
        values:
          - id: dive-deep
            title: Dive into details
            competencies: [technical-judgment]
            prompts:
              - Tell me about a bug you traced to its root cause.
          - id: own-it
            title: Own it
            description: Acts for the whole system.
            competencies: [ownership, resilience]
        rounds:
          - title: Hiring manager
            minutes: 45
            values: [own-it, dive-deep]
          - title: Peer
            values: [dive-deep]
        """;

    [Fact]
    public void Valid_target_is_read_with_its_values_rounds_level_and_date()
    {
        var (target, diagnostics) = Parse(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(target);
        Assert.Equal("acme", target.Id);
        Assert.Equal("Acme, senior backend", target.Title);
        Assert.Equal(Level.Senior, target.Level);
        Assert.Equal(new DateOnly(2027, 2, 3), target.Date);
        Assert.Equal(["dive-deep", "own-it"], target.Values.Select(v => v.Id));
        Assert.Equal(["ownership", "resilience"], target.Values[1].Competencies);
        Assert.Equal("Acts for the whole system.", target.Values[1].Description);
        Assert.Equal(["Tell me about a bug you traced to its root cause."], target.Values[0].Prompts);
        Assert.Equal(5, target.Values[0].Line);
        Assert.Equal([1, 2], target.Rounds.Select(r => r.Number));
        Assert.Equal(["own-it", "dive-deep"], target.Rounds[0].Values);
        Assert.Equal(45, target.Rounds[0].Minutes);
        Assert.Null(target.Rounds[1].Minutes);
    }

    [Fact]
    public void Sample_target_reads_without_diagnostics()
    {
        var bag = new DiagnosticBag();
        var config = Handbook.Configuration.ConfigLoader.Load(Paths.SampleInput, Handbook.Validation.RuleSet.CreateDefault().ConfigurableIds, bag);

        var targets = TargetReader.ReadAll(Paths.SampleInput, config.Competencies.Select(c => c.Id).ToList(), bag);

        Assert.Empty(bag.Sorted());
        var target = Assert.Single(targets);
        Assert.NotEmpty(target.Values);
        Assert.NotEmpty(target.Rounds);
    }

    [Fact]
    public void Unknown_competency_is_an_error_at_its_line_with_a_suggestion()
    {
        var (target, diagnostics) = Parse(Valid.Replace("[technical-judgment]", "[technical-judgement]"));

        var error = diagnostics.Single(RuleIds.UnknownCompetency);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((7, 20), (error.Location.Line, error.Location.Column));
        Assert.Contains("`technical-judgement`", error.Message);
        Assert.Contains("did you mean `technical-judgment`?", error.Help);
        Assert.Empty(target!.Values[0].Competencies);
    }

    [Fact]
    public void Unknown_competency_in_a_block_list_is_reported_at_its_own_line()
    {
        var (_, diagnostics) = Parse(Valid.Replace("competencies: [ownership, resilience]", "competencies:\n      - ownership\n      - resilence"));

        var error = diagnostics.Single(RuleIds.UnknownCompetency);
        Assert.Equal(15, error.Location.Line);
        Assert.Contains("did you mean `resilience`?", error.Help);
    }

    [Fact]
    public void Unknown_value_in_a_round_is_an_error_at_its_line_with_a_suggestion()
    {
        var (target, diagnostics) = Parse(Valid.Replace("values: [dive-deep]", "values: [dive-depp]"));

        var error = diagnostics.Single(RuleIds.UnknownValue);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(19, error.Location.Line);
        Assert.Contains("did you mean `dive-deep`?", error.Help);
        Assert.Empty(target!.Rounds[1].Values);
    }

    [Fact]
    public void Yaml_error_is_reported_at_its_line_not_thrown()
    {
        var (target, diagnostics) = Parse("title: Acme\nvalues:\n  - id: a\n    competencies: [ownership\nrounds: []\n");

        Assert.Null(target);
        var error = diagnostics.Single(RuleIds.YamlSyntax);
        Assert.InRange(error.Location.Line, 4, 5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Empty_file_is_an_error(string yaml)
    {
        var (target, diagnostics) = Parse(yaml);

        Assert.Null(target);
        Assert.Equal(1, diagnostics.Single(RuleIds.RequiredField).Location.Line);
    }

    [Fact]
    public void File_that_is_not_a_mapping_is_an_error()
    {
        var (target, diagnostics) = Parse("- title: Acme\n");

        Assert.Null(target);
        Assert.Contains("must be a mapping", diagnostics.Single(RuleIds.InvalidFieldType).Message);
    }

    [Fact]
    public void Missing_title_values_and_rounds_are_each_reported()
    {
        var (_, diagnostics) = Parse("level: senior\n");

        Assert.Equal(3, diagnostics.Count(d => d.RuleId == RuleIds.RequiredField));
    }

    [Fact]
    public void Duplicate_value_id_is_reported_at_the_second()
    {
        var (target, diagnostics) = Parse(Valid.Replace("- id: own-it", "- id: dive-deep"));

        Assert.Equal(10, diagnostics.Single(RuleIds.DuplicateId).Location.Line);
        Assert.Single(target!.Values);
    }

    [Fact]
    public void Bad_level_date_and_minutes_are_reported_at_their_lines()
    {
        var yaml = Valid.Replace("level: senior", "level: senor").Replace("date: 2027-02-03", "date: next tuesday").Replace("minutes: 45", "minutes: -5");

        var (target, diagnostics) = Parse(yaml);

        var level = diagnostics.Single(RuleIds.InvalidLevel);
        Assert.Equal(2, level.Location.Line);
        Assert.Contains("`senior`", level.Help);
        Assert.Equal([3, 16], diagnostics.Where(d => d.RuleId == RuleIds.InvalidFieldType).Select(d => d.Location.Line));
        Assert.Null(target!.Level);
        Assert.Null(target.Date);
        Assert.Null(target.Rounds[0].Minutes);
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_a_suggestion()
    {
        var (_, diagnostics) = Parse(Valid.Replace("    minutes: 45", "    minuets: 45"));

        var warning = diagnostics.Single(RuleIds.UnknownField);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("`minutes`", warning.Help);
    }

    [Fact]
    public void Values_that_are_not_a_list_are_reported()
    {
        var (target, diagnostics) = Parse("title: Acme\nvalues: ownership\nrounds:\n  - title: A\n    values: [ownership]\n");

        Assert.Equal(2, diagnostics.Single(RuleIds.InvalidFieldType).Location.Line);
        Assert.Empty(target!.Values);
        Assert.Equal(5, diagnostics.Single(RuleIds.UnknownValue).Location.Line);
    }

    [Fact]
    public void Target_files_are_found_by_id_and_other_files_are_ignored_with_a_warning()
    {
        using var dir = new TempDirectory();
        dir.Write("targets/beta.yml", Valid);
        dir.Write("targets/alpha.yaml", Valid);
        dir.Write("targets/notes.txt", "not a target");
        dir.Write("targets/Bad Name.yml", Valid);
        var bag = new DiagnosticBag();

        var targets = TargetReader.ReadAll(dir.Path, Competencies, bag);

        Assert.Equal(["alpha", "beta"], targets.Select(t => t.Id));
        var diagnostics = bag.Sorted();
        Assert.Equal(Severity.Warning, diagnostics.Single(RuleIds.IgnoredFile).Severity);
        Assert.Contains("`bad-name.yml`", diagnostics.Single(RuleIds.InvalidFieldType).Help);
    }

    [Fact]
    public void No_targets_folder_means_no_targets()
    {
        using var dir = new TempDirectory();
        var bag = new DiagnosticBag();

        Assert.Empty(TargetReader.ReadAll(dir.Path, Competencies, bag));
        Assert.Empty(bag.Sorted());
    }
}

using System.Text.Json;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Cli;

public class CheckFormatTests
{
    private static (int ExitCode, string Output) CheckBroken(string format)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.Copy(Paths.Fixture("Stories", "no-tradeoff.md"), Path.Combine(input, "stories", "no-tradeoff.md"));
        var (exitCode, stdout, _) = CliRunner.Run("check", "--input", input, "--format", format);
        return (exitCode, stdout);
    }

    [Fact]
    public void Json_has_one_object_per_diagnostic_with_every_field()
    {
        var (exitCode, output) = CheckBroken("json");

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var error = Assert.Single(items, i => i.GetProperty("severity").GetString() == "error");
        Assert.Equal("missing-tradeoff", error.GetProperty("rule").GetString());
        Assert.EndsWith("stories/no-tradeoff.md", error.GetProperty("file").GetString());
        Assert.Equal(17, error.GetProperty("line").GetInt32());
        Assert.Equal(1, error.GetProperty("column").GetInt32());
        Assert.NotEmpty(error.GetProperty("message").GetString()!);
        Assert.NotEmpty(error.GetProperty("help").GetString()!);
    }

    [Fact]
    public void Sarif_has_the_required_shape_and_describes_its_rules()
    {
        var (exitCode, output) = CheckBroken("sarif");

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        var log = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", log.GetProperty("$schema").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray().ToList());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("Handbook", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("missing-metric", rules);
        Assert.Contains("first-person", rules);
        Assert.Contains("yaml-syntax", rules);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning" });
            Assert.NotEmpty(result.GetProperty("message").GetProperty("text").GetString()!);
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(Path.IsPathRooted(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "missing-tradeoff" && r.GetProperty("level").GetString() == "error");
    }

    [Fact]
    public void Github_writes_workflow_annotations()
    {
        var (_, output) = CheckBroken("github");

        Assert.Matches(@"(?m)^::error file=[^,]*stories/no-tradeoff\.md,line=17,col=1,title=missing-tradeoff::the story has no trade-off", output);
    }

    // A level written to inject a workflow command on a new line, recolour the log and retitle a terminal.
    private const string HostileLevel = "level: \"x\\e[31m\\n::error file=evil.md::injected\\r\\x85\\u2028\\e]0;owned\\a\"";

    private static string CheckHostile(string format)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = Path.Combine(input, "stories", "billing-launch-pushback.md");
        File.WriteAllText(story, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(story), "(?m)^level: .*$", HostileLevel));
        var (exitCode, stdout, _) = CliRunner.Run("check", "--input", input, "--format", format);
        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        return stdout;
    }

    [Fact]
    public void Github_annotations_escape_line_breaks_and_control_characters_from_stories()
    {
        var output = CheckHostile("github");

        Assert.Contains("is not a level", output);
        Assert.Contains(@"x\x1B[31m%0A::error file=evil.md::injected%0D\x85\u2028\x1B]0;owned\x07", output);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"^(::(error|warning) file=[^:]*,line=\d+,col=\d+,title=[^:]*::|\d+ errors?, )", line));
        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n' && c != '\r' || c is '\u2028');
    }

    [Fact]
    public void Sarif_escapes_control_characters_from_stories()
    {
        var output = CheckHostile("sarif");

        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n' && c != '\r' || c is '\u2028');
        var results = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        Assert.Contains(results, r => r.GetProperty("message").GetProperty("text").GetString()!.Contains("\u001b[31m\n::error file=evil.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_addresses_are_percent_encoded_so_two_files_never_share_one()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var story = File.ReadAllText(Path.Combine(input, "stories", "search-latency-cache.md"));
        var broken = StoryEdits.WithoutTradeoff(story);
        File.WriteAllText(Path.Combine(input, "stories", "a b.md"), broken.Replace("title: ", "title: Spaced ", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(input, "stories", "a%20b.md"), broken.Replace("title: ", "title: Escaped ", StringComparison.Ordinal));
        File.Delete(Path.Combine(input, "stories", "search-latency-cache.md"));

        var (_, stdout, _) = CliRunner.Run("check", "--input", input, "--format", "sarif");

        var uris = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .Where(u => u.Contains("/a", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, uris.Count);
        Assert.All(uris, u => Assert.DoesNotContain(" ", u));
        Assert.Contains(uris, u => u.EndsWith("/a%20b.md", StringComparison.Ordinal));
        Assert.Contains(uris, u => u.EndsWith("/a%2520b.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Unusable, CliRunner.Run("check", "--format", "xml").ExitCode);
    }
}

public class NewCommandTests
{
    [Fact]
    public void New_writes_a_draft_story_that_names_the_given_ids()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        var (exitCode, stdout, _) = CliRunner.Run("new", "Sharding the ledger", "--input", input, "--pattern", "schema-migration", "--competency", "technical-judgment", "--level", "staff");

        Assert.Equal(ExitCodes.Success, exitCode);
        var text = File.ReadAllText(Path.Combine(input, "stories", "sharding-the-ledger.md"));
        Assert.Contains("title: \"Sharding the ledger\"", text);
        Assert.Contains("patterns: [schema-migration]", text);
        Assert.Contains("level: staff", text);
        Assert.Contains("draft: true", text);
        Assert.Contains("## Trade-off", text);
        Assert.Contains("Created", stdout);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("check", "--input", input).ExitCode);
    }

    [Fact]
    public void New_never_overwrites_and_picks_the_next_free_slug()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var existing = Path.Combine(input, "stories", "search-latency-cache.md");
        var before = File.ReadAllText(existing);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("new", "Search latency cache", "--input", input).ExitCode);

        Assert.Equal(before, File.ReadAllText(existing));
        Assert.True(File.Exists(Path.Combine(input, "stories", "search-latency-cache-2.md")));
    }

    [Fact]
    public void New_with_line_breaks_in_the_title_writes_a_story_that_parses()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("new", "Evil\ndraft: false\n---\n# x", "--input", input).ExitCode);

        var text = File.ReadAllText(Path.Combine(input, "stories", "evil-draft-false-x.md"));
        Assert.Contains("title: \"Evil draft: false --- # x\"", text);
        var (exitCode, stdout, _) = CliRunner.Run("check", "--input", input);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.DoesNotContain("yaml-syntax", stdout);
    }

    [Fact]
    public void New_with_a_title_in_another_script_gets_a_file_name()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        var (exitCode, stdout, _) = CliRunner.Run("new", "日本語のタイトル", "--input", input);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("stories/story.md", stdout);
        Assert.Contains("日本語のタイトル", File.ReadAllText(Path.Combine(input, "stories", "story.md")));
    }

    [Fact]
    public void Unknown_id_writes_nothing_and_suggests()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        var (exitCode, stdout, _) = CliRunner.Run("new", "A story", "--input", input, "--competency", "ownershp");

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("did you mean `ownership`?", stdout);
        Assert.False(File.Exists(Path.Combine(input, "stories", "a-story.md")));
    }
}

public class SchemaAndInitTests
{
    [Fact]
    public void Schema_lists_the_configured_ids_as_enums()
    {
        var (exitCode, stdout, _) = CliRunner.Run("schema", "--input", Paths.SampleInput, "--output", "-");

        Assert.Equal(ExitCodes.Success, exitCode);
        var schema = JsonDocument.Parse(stdout).RootElement;
        var properties = schema.GetProperty("properties");
        var competencies = properties.GetProperty("competencies").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ownership", competencies);
        var patterns = properties.GetProperty("patterns").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("production-incident", patterns);
        Assert.Equal(["title", "competencies", "patterns", "level"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_describes_every_field_the_reader_accepts_and_no_other()
    {
        var (exitCode, stdout, _) = CliRunner.Run("schema", "--input", Paths.SampleInput, "--output", "-");

        Assert.Equal(ExitCodes.Success, exitCode);
        var schema = JsonDocument.Parse(stdout).RootElement;
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(Handbook.Reading.StoryReader.KnownFields.Order(StringComparer.Ordinal), properties);
        var redirectFrom = schema.GetProperty("properties").GetProperty("redirectFrom");
        Assert.Equal("array", redirectFrom.GetProperty("type").GetString());
        Assert.Equal("string", redirectFrom.GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public void Target_schema_describes_every_field_the_target_reader_accepts_and_no_other()
    {
        var (exitCode, stdout, _) = CliRunner.Run("schema", "--for", "target", "--input", Paths.SampleInput, "--output", "-");

        Assert.Equal(ExitCodes.Success, exitCode);
        var schema = JsonDocument.Parse(stdout).RootElement;
        static IEnumerable<string?> Names(JsonElement element) => element.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(Handbook.Targets.TargetReader.TargetFields, Names(schema));
        var properties = schema.GetProperty("properties");
        Assert.Equal(Handbook.Targets.TargetReader.ValueFields, Names(properties.GetProperty("values").GetProperty("items")));
        Assert.Equal(Handbook.Targets.TargetReader.RoundFields, Names(properties.GetProperty("rounds").GetProperty("items")));
        Assert.False(properties.GetProperty("rounds").GetProperty("items").GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Target_schema_lists_the_configured_competency_ids_as_an_enum()
    {
        var (_, stdout, _) = CliRunner.Run("schema", "--for", "target", "--input", Paths.SampleInput, "--output", "-");

        var value = JsonDocument.Parse(stdout).RootElement.GetProperty("properties").GetProperty("values").GetProperty("items");
        var competencies = value.GetProperty("properties").GetProperty("competencies").GetProperty("items").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ownership", competencies);
        Assert.Contains("customer-obsession", competencies);
    }

    [Fact]
    public void Target_schema_is_written_beside_handbook_yml_by_default()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        var (exitCode, stdout, _) = CliRunner.Run("schema", "--for", "target", "--input", input);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("target.schema.json", stdout);
        Assert.Equal("Target loop file for Sam Rivera's Interview Handbook",
            JsonDocument.Parse(File.ReadAllText(Path.Combine(input, "target.schema.json"))).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Schema_never_replaces_a_file_it_did_not_write()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var config = Path.Combine(input, "handbook.yml");
        var before = File.ReadAllText(config);

        var (exitCode, stdout, _) = CliRunner.Run("schema", "--input", input, "--output", config);

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("handbook.yml: error: exists and was not written by `handbook schema`", stdout);
        Assert.Equal(before, File.ReadAllText(config));
    }

    [Fact]
    public void Schema_does_not_write_through_a_link()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var outside = dir.Write("elsewhere/notes.txt", "mine");
        File.CreateSymbolicLink(Path.Combine(input, "handbook.schema.json"), outside);

        var (exitCode, stdout, _) = CliRunner.Run("schema", "--input", input);

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.Contains("is a link", stdout);
        Assert.Equal("mine", File.ReadAllText(outside));
    }

    [Fact]
    public void Schema_run_twice_refreshes_its_own_file()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("schema", "--input", input).ExitCode);
        var (exitCode, stdout, _) = CliRunner.Run("schema", "--input", input);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Wrote", stdout);
    }

    [Theory]
    [InlineData("a-folder")]
    [InlineData("missing/folder/schema.json")]
    public void Schema_to_a_folder_or_a_missing_folder_is_one_line_without_a_stack_trace(string output)
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        Directory.CreateDirectory(dir.Combine("a-folder"));

        var (exitCode, stdout, stderr) = CliRunner.Run("schema", "--input", input, "--output", dir.Combine(output));

        Assert.Equal(ExitCodes.Unusable, exitCode);
        Assert.DoesNotContain("internal error", stdout + stderr);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Fix:", stdout);
    }

    [Fact]
    public void Schema_for_an_unknown_kind_is_a_usage_error()
    {
        var (exitCode, _, _) = CliRunner.Run("schema", "--for", "stories", "--input", Paths.SampleInput, "--output", "-");

        Assert.Equal(ExitCodes.Unusable, exitCode);
    }

    [Fact]
    public void Init_starts_a_handbook_that_builds_without_warnings()
    {
        using var dir = new TempDirectory();
        var root = dir.Combine("mine");

        var (exitCode, stdout, _) = CliRunner.Run("init", root, "--author", "Ada");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Started a handbook", stdout);
        Assert.True(File.Exists(Path.Combine(root, "handbook.yml")));
        Assert.True(File.Exists(Path.Combine(root, "questions.yml")));
        Assert.True(File.Exists(Path.Combine(root, "stories", "example-story.md")));
        var (buildCode, buildOutput, _) = CliRunner.Run("build", "--input", root, "--output", dir.Combine("site"), "--theme", Paths.Theme);
        Assert.Equal(ExitCodes.Success, buildCode);
        Assert.Contains("0 errors, 0 warnings in 1 story", buildOutput);
    }

    [Fact]
    public void Init_refuses_a_folder_that_already_has_a_handbook()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var before = File.ReadAllText(Path.Combine(input, "handbook.yml"));

        Assert.Equal(ExitCodes.Unusable, CliRunner.Run("init", input).ExitCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(input, "handbook.yml")));
    }

    [Fact]
    public void Init_keeps_an_example_story_already_there_and_says_so()
    {
        using var dir = new TempDirectory();
        var mine = dir.Write("mine/stories/example-story.md", "my own words");

        var (exitCode, stdout, _) = CliRunner.Run("init", dir.Combine("mine"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("my own words", File.ReadAllText(mine));
        Assert.DoesNotContain("with one example story", stdout);
        Assert.Contains("was already there and was kept", stdout);
    }

    [Fact]
    public void Every_command_has_help_with_examples()
    {
        foreach (var command in new[] { "build", "check", "print", "new", "schema", "init", "serve" })
        {
            var (exitCode, stdout, _) = CliRunner.Run(command, "--help");
            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Contains("Examples:", stdout);
        }
    }
}

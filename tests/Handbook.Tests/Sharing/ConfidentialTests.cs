using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Sharing;
using Handbook.Tests.Integration;
using Handbook.Tests.Support;

namespace Handbook.Tests.Sharing;

public class RedactorTests
{
    private static readonly Redactor Redactor = new([new("Acme", "a client"), new("Acme Bank", "a top-5 US bank"), new("C++", "a systems language")]);

    [Fact]
    public void Terms_are_replaced_case_insensitively_longest_first()
    {
        Assert.Equal("a top-5 US bank paid; a client too; a top-5 US bank again", Redactor.Text("Acme Bank paid; ACME too; acme   bank again"));
    }

    [Fact]
    public void Terms_inside_other_words_are_kept()
    {
        Assert.Equal("Acmeology and reacme stay", Redactor.Text("Acmeology and reacme stay"));
    }

    [Fact]
    public void Terms_ending_in_punctuation_match_on_their_own_boundaries()
    {
        Assert.Equal("Wrote a systems language, not C++x.", Redactor.Text("Wrote C++, not C++x."));
    }

    [Fact]
    public void Term_written_with_dashes_in_a_host_name_gets_the_stand_ins_slug()
    {
        Assert.Equal("see ledger.a-top-5-us-bank.example", Redactor.Text("see ledger.acme-bank.example"));
    }

    [Fact]
    public void Slug_form_of_a_term_is_replaced_in_slugs_on_dash_boundaries()
    {
        Assert.Equal("a-top-5-us-bank-ledger", Redactor.Slug("acme-bank-ledger"));
        Assert.Equal("acmeology-a-client", Redactor.Slug("acmeology-acme"));
    }

    [Fact]
    public void Stand_in_punctuation_stays_text_in_markdown()
    {
        var redactor = new Redactor([new("Acme", ConfidentialTerm.DefaultStandIn)]);

        Assert.Equal(@"Paid by \[redacted\].", redactor.Markdown("Paid by Acme."));
    }
}

public class ConfidentialSettingsTests
{
    [Fact]
    public void Map_in_handbook_yml_gives_each_term_its_stand_in()
    {
        var config = ConfigLoader.ParseHandbook("confidential:\n  Acme Bank: a top-5 US bank\n  Falcon:\n", "handbook.yml", [], new DiagnosticBag());

        Assert.Equal([new("Acme Bank", "a top-5 US bank"), new("Falcon", ConfidentialTerm.DefaultStandIn)], config.Confidential);
    }

    [Fact]
    public void List_in_handbook_yml_stands_in_as_redacted()
    {
        var config = ConfigLoader.ParseHandbook("confidential: [Acme Bank, Falcon]\n", "handbook.yml", [], new DiagnosticBag());

        Assert.All(config.Confidential, t => Assert.Equal("[redacted]", t.StandIn));
        Assert.Equal(["Acme Bank", "Falcon"], config.Confidential.Select(t => t.Term));
    }

    [Fact]
    public void Single_value_is_an_invalid_field_type_at_its_line()
    {
        var bag = new DiagnosticBag();
        ConfigLoader.ParseHandbook("title: T\nconfidential: Acme\n", "handbook.yml", [], bag);

        var problem = Assert.Single(bag.Sorted(), d => d.RuleId == RuleIds.InvalidFieldType);
        Assert.Equal(2, problem.Location.Line);
    }

    [Fact]
    public void Story_confidential_field_is_known_and_read()
    {
        var text = Stories.Compose(frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior\nconfidential: [Falcon]");
        var bag = new DiagnosticBag();

        var story = StoryReader.Parse(text, "story.md", bag)!;

        Assert.DoesNotContain(bag.Sorted(), d => d.RuleId == RuleIds.UnknownField);
        Assert.Equal([new ConfidentialTerm("Falcon", "[redacted]")], story.Confidential);
    }
}

public class ShareBuildTests
{
    private const string Terms = "confidential:\n  Acme Bank: a top-5 US bank\n";

    private static (BuildResult Result, string Site) Build(TempDirectory dir, bool share, Action<string>? change = null)
    {
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.AppendAllText(Path.Combine(input, "handbook.yml"), Terms);
        File.Copy(Paths.Fixture("Sharing", "acme-bank-ledger-migration.md"), Path.Combine(input, "stories", "acme-bank-ledger-migration.md"));
        change?.Invoke(input);
        var site = dir.Combine("site");
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = input, OutputDirectory = site, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, Share = share,
        });
        return (result, site);
    }

    [Fact]
    public void Share_build_leaves_no_trace_of_a_term_in_any_form()
    {
        using var dir = new TempDirectory();
        var (result, site) = Build(dir, share: true);

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.All(LockedSite.Readable(site), file =>
        {
            foreach (var form in new[] { "acme", "falcon" })
            {
                Assert.False(file.Text.Contains(form, StringComparison.OrdinalIgnoreCase), $"{file.Path} holds `{form}`");
            }
        });
    }

    [Fact]
    public void Stand_ins_take_the_terms_place_in_titles_slugs_metrics_and_redirects()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, share: true);

        var page = SiteChecks.Page(site, "stories/a-top-5-us-bank-ledger-migration.html");
        Assert.Equal("Moving a top-5 US bank's ledger off the nightly batch", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Moving a top-5 US bank's ledger off the nightly batch", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains("a top-5 US bank ledger lag", page.Body!.TextContent);
        Assert.Contains("an internal launch", page.Body!.TextContent);
        Assert.Contains("/stories/a-top-5-us-bank-batch.html /stories/a-top-5-us-bank-ledger-migration.html 301!", File.ReadAllText(Path.Combine(site, "_redirects")));
    }

    [Fact]
    public void Stand_ins_reach_the_search_practice_and_cheat_sheet_data()
    {
        using var dir = new TempDirectory();
        var (_, site) = Build(dir, share: true);

        Assert.Contains("a top-5 US bank", SiteChecks.Page(site, "cheatsheet.html").Body!.TextContent);
        Assert.Contains("a top-5 US bank", File.ReadAllText(Path.Combine(site, "assets", "practice-data.js")));
        var search = Directory.EnumerateFiles(Path.Combine(site, "assets", "search")).Select(File.ReadAllText);
        Assert.Contains(search, text => text.Contains("a top-5 US bank", StringComparison.Ordinal));
    }

    [Fact]
    public void Share_build_closes_with_what_it_scanned()
    {
        using var dir = new TempDirectory();
        var (result, site) = Build(dir, share: true);

        var shared = result.Shared!;
        Assert.Equal(2, shared.Terms);
        Assert.Equal(result.Paths.Count, shared.Files);
        Assert.True(shared.Bytes > 0);
        Assert.Equal(0, shared.Leaks);
    }

    [Fact]
    public void Plain_build_keeps_the_originals_and_says_nothing_about_them()
    {
        using var dir = new TempDirectory();
        var (result, site) = Build(dir, share: false);

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.Null(result.Shared);
        Assert.Equal("Moving Acme Bank's ledger off the nightly batch",
            SiteChecks.Page(site, "stories/acme-bank-ledger-migration.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.ConfidentialLeak);
    }
}

public class LeakScanTests
{
    private static BuildResult Build(TempDirectory dir, Action<string> change)
    {
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.AppendAllText(Path.Combine(input, "handbook.yml"), "confidential: [Acme Bank]\n");
        change(input);
        return Rebuild(dir);
    }

    private static BuildResult Rebuild(TempDirectory dir) => HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = dir.Combine("input"), OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, Share = true,
        });

    private static string Override(string input, string relative, string text)
    {
        var path = Path.Combine(input, "theme", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Term_in_a_theme_override_fails_the_build_at_the_template_line()
    {
        using var dir = new TempDirectory();
        string footer = "";
        var result = Build(dir, input =>
        {
            var text = File.ReadAllText(Path.Combine(Paths.Theme, "partials", "footer.sbn-html"));
            footer = Override(input, "partials/footer.sbn-html", "<!-- built for ACME&#32;Bank -->\n" + text);
        });

        var leak = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.ConfidentialLeak);
        Assert.Equal(footer, leak.Location.Path);
        Assert.Equal(1, leak.Location.Line);
        Assert.Contains("other files", leak.Message);
        Assert.False(result.Published);
        Assert.False(Directory.Exists(dir.Combine("site")));
    }

    [Fact]
    public void Term_in_a_page_templates_file_name_fails_the_build()
    {
        using var dir = new TempDirectory();
        string page = "";
        var result = Build(dir, input => page = Override(input, "pages/acme-bank-notes.sbn-html", "<p>Notes.</p>"));

        var leak = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.ConfidentialLeak);
        Assert.Equal(page, leak.Location.Path);
        Assert.Contains("`acme-bank-notes.html`", leak.Message);
        Assert.False(result.Published);
    }

    [Fact]
    public void Term_escaped_in_an_asset_fails_the_build_and_keeps_the_previous_site()
    {
        using var dir = new TempDirectory();
        Assert.True(Build(dir, _ => { }).Published);
        var previous = File.ReadAllText(dir.Combine("site", "index.html"));
        var asset = Override(dir.Combine("input"), "assets/extra.js", "const client = \"Acme\\u0020Bank\";\n");

        var result = Rebuild(dir);

        var leak = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.ConfidentialLeak);
        Assert.Equal(asset, leak.Location.Path);
        Assert.True(leak.IsError);
        Assert.Equal(ExitCodes.ValidationFailed, result.ExitCode);
        Assert.Equal(previous, File.ReadAllText(dir.Combine("site", "index.html")));
        Assert.False(File.Exists(dir.Combine("site", "assets", "extra.js")));
    }
}

public class ShareCommandTests
{
    [Fact]
    public void Build_share_closes_with_what_it_replaced_and_scanned()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.AppendAllText(Path.Combine(input, "handbook.yml"), "confidential:\n  Lantern Freight: a logistics company\n");

        var (exitCode, stdout, _) = Cli.CliRunner.Run("build", "--share", "--input", input, "--output", dir.Combine("out"), "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Matches(@"Share version: 1 confidential term replaced; scanned \d+ files \([\d,]+ bytes", stdout.ReplaceLineEndings(" "));
        Assert.True(File.Exists(dir.Combine("out", "targets", "a-logistics-company.html")));
    }

    [Fact]
    public void Build_share_with_a_leak_exits_one_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        File.AppendAllText(Path.Combine(input, "handbook.yml"), "confidential: [Lantern Freight]\n");
        Directory.CreateDirectory(Path.Combine(input, "theme", "assets"));
        File.WriteAllText(Path.Combine(input, "theme", "assets", "note.txt"), "Lantern Freight\n");

        var (exitCode, stdout, _) = Cli.CliRunner.Run("build", "--share", "--input", input, "--output", dir.Combine("out"), "--theme", Paths.Theme);

        Assert.Equal(ExitCodes.ValidationFailed, exitCode);
        Assert.Matches(@"(?m)^.*input/theme/assets/note\.txt:1:1: error confidential-leak: .*`assets/note\.txt`", stdout);
        Assert.False(Directory.Exists(dir.Combine("out")));
    }
}

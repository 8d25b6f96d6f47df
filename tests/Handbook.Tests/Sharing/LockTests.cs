using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using Handbook.Pipeline;
using Handbook.Reading;
using Handbook.Sharing;
using Handbook.Tests.Integration;
using Handbook.Tests.Support;

namespace Handbook.Tests.Sharing;

/// <summary>Builds of the sample locked with a passphrase (few PBKDF2 rounds, so the suite stays quick).</summary>
internal static class LockedSite
{
    public const string Passphrase = "correct horse battery staple";

    /// <summary>Rounds used by tests only; real builds always use <see cref="PassphraseLock.Iterations"/>.</summary>
    public const int TestRounds = 1_000;

    public static BuildResult Build(string input, string site, string workingDirectory, PassphraseLock? key = null) => HandbookPipeline.Build(new BuildOptions
    {
        InputDirectory = input, OutputDirectory = site, ThemeDirectory = Paths.Theme, WorkingDirectory = workingDirectory,
        Share = true, Lock = key ?? new PassphraseLock(Passphrase, TestRounds),
    });

    // Every file's path and text, also with HTML entities and JavaScript escapes undone.
    public static IEnumerable<(string Path, string Text)> Readable(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f =>
        {
            var path = Path.GetRelativePath(site, f).Replace('\\', '/');
            var text = File.ReadAllText(f);
            var unescaped = Regex.Replace(text, @"\\u([0-9a-fA-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
            return (path, path + "\n" + text + "\n" + WebUtility.HtmlDecode(unescaped));
        });

    // Word runs of each story sentence, long enough to be that story's own words: what a reader of the files must not find.
    public static IReadOnlyList<string> StorySentences()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.SampleInput, "stories"), "*.md"))
        {
            var story = StoryReader.Read(file, new DiagnosticBag())!;
            var text = string.Join(' ', new[] { story.Title, story.Summary, story.Preamble }.Concat(story.Sections.Select(s => s.Markdown)));
            foreach (var sentence in Regex.Split(text, @"(?<=[.!?])\s+"))
            {
                var words = Regex.Matches(sentence, @"[A-Za-z][A-Za-z ,]{24,}").Select(m => m.Value.Trim()).OrderByDescending(w => w.Length).FirstOrDefault();
                if (words is not null) found.Add(Regex.Replace(words, @"\s+", " "));
            }
        }
        return found;
    }
}

public class LockTests
{
    [Fact]
    public void Locked_build_has_no_story_sentence_in_any_file()
    {
        using var dir = new TempDirectory();
        var result = LockedSite.Build(Paths.SampleInput, dir.Combine("site"), dir.Path);
        var sentences = LockedSite.StorySentences();

        Assert.True(result.Published, string.Join("; ", result.Diagnostics));
        Assert.True(result.Shared!.Locked);
        Assert.True(sentences.Count > 100, $"only {sentences.Count} sentences");
        var files = LockedSite.Readable(dir.Combine("site")).ToList();
        Assert.All(sentences, sentence => Assert.DoesNotContain(files, f => Regex.Replace(f.Text, @"\s+", " ").Contains(sentence, StringComparison.Ordinal)));
    }

    [Fact]
    public void Plain_share_build_has_the_sentences_the_locked_one_hides()
    {
        using var dir = new TempDirectory();
        HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Paths.SampleInput, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path, Share = true,
        });
        var all = string.Join('\n', LockedSite.Readable(dir.Combine("site")).Select(f => Regex.Replace(f.Text, @"\s+", " ")));

        var shown = LockedSite.StorySentences().Count(s => all.Contains(s, StringComparison.Ordinal));

        Assert.True(shown > LockedSite.StorySentences().Count * 9 / 10, $"{shown} shown");
    }

    [Fact]
    public void Sealed_page_opens_with_the_key_to_its_title_content_and_scripts()
    {
        using var dir = new TempDirectory();
        var key = new PassphraseLock(LockedSite.Passphrase, LockedSite.TestRounds);
        LockedSite.Build(Paths.SampleInput, dir.Combine("site"), dir.Path, key);
        var page = SiteChecks.Page(dir.Combine("site"), "stories/mentoring-new-grad.html");

        var form = page.QuerySelector("form#lock")!;
        var opened = JsonDocument.Parse(key.Decrypt(Convert.FromHexString(form.GetAttribute("data-sealed")!))).RootElement;

        Assert.StartsWith("Growing a new graduate into a service owner ·", opened.GetProperty("title").GetString());
        Assert.Contains("I mentored them", opened.GetProperty("html").GetString());
        Assert.Equal(["../assets/site.js", "../assets/share.js"], opened.GetProperty("scripts").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(LockedSite.TestRounds.ToString(System.Globalization.CultureInfo.InvariantCulture), form.GetAttribute("data-iterations"));
        Assert.Equal(Convert.ToHexStringLower(key.Salt), form.GetAttribute("data-salt"));
    }

    [Fact]
    public void Locked_page_has_a_labelled_password_form_and_no_script_but_the_lock()
    {
        using var dir = new TempDirectory();
        LockedSite.Build(Paths.SampleInput, dir.Combine("site"), dir.Path);
        var page = SiteChecks.Page(dir.Combine("site"), "stories/mentoring-new-grad.html");

        var input = page.QuerySelector("form#lock input")!;
        Assert.Equal("password", input.GetAttribute("type"));
        Assert.Null(input.GetAttribute("name"));
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.Equal("alert", page.QuerySelector("#lock-status")!.GetAttribute("role"));
        Assert.Equal(["../assets/lock.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Null(page.QuerySelector("meta[property='og:title']"));
        Assert.DoesNotContain("Growing", page.Title);
    }

    [Fact]
    public void Every_build_gets_a_new_salt()
    {
        var first = new PassphraseLock(LockedSite.Passphrase, LockedSite.TestRounds);
        var second = new PassphraseLock(LockedSite.Passphrase, LockedSite.TestRounds);

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.Equal(16, first.Salt.Length);
    }

    [Fact]
    public void Real_builds_derive_the_key_with_at_least_600000_rounds()
    {
        Assert.True(new PassphraseLock("any passphrase").Rounds >= 600_000);
    }

    [Fact]
    public void Another_key_cannot_open_a_sealed_page()
    {
        var key = new PassphraseLock(LockedSite.Passphrase, LockedSite.TestRounds);
        var sealedBytes = key.Encrypt(Encoding.UTF8.GetBytes("the story"));

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => new PassphraseLock("wrong", LockedSite.TestRounds).Decrypt(sealedBytes));
        Assert.Equal("the story", Encoding.UTF8.GetString(key.Decrypt(sealedBytes)));
    }

    [Fact]
    public void Passphrase_is_never_written_to_the_output()
    {
        using var dir = new TempDirectory();
        LockedSite.Build(Paths.SampleInput, dir.Combine("site"), dir.Path);

        Assert.DoesNotContain(LockedSite.Readable(dir.Combine("site")), f => f.Text.Contains(LockedSite.Passphrase, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Netlify_build_shares_when_a_passphrase_or_the_share_switch_is_set()
    {
        var script = File.ReadAllText(Path.Combine(Paths.Repository, "scripts", "netlify-build.sh"));

        Assert.Matches(@"HANDBOOK_SHARE:-\}"" = ""1"" \] \|\| \[ -n ""\$\{HANDBOOK_PASSPHRASE:-\}"" \]; then args\+=\(--share\)", script);
    }
}

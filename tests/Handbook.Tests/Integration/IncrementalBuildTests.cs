using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Integration;

public class IncrementalBuildTests
{
    private static BuildResult Render(string input, string cwd, BuildCache? cache) =>
        HandbookPipeline.Render(new BuildOptions { InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = cwd, Cache = cache });

    [Fact]
    public void Editing_one_story_reads_one_file_and_renders_only_its_page_and_neighbours()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        Render(input, dir.Path, cache);
        Assert.Equal(8, cache.StoriesRead);
        Assert.Equal(8, cache.PagesRendered);

        Render(input, dir.Path, cache);
        Assert.Equal(8, cache.StoriesRead);
        Assert.Equal(8, cache.PagesRendered);

        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("I exported three months", "I pulled three months"));
        Render(input, dir.Path, cache);

        Assert.Equal(9, cache.StoriesRead);
        Assert.InRange(cache.PagesRendered, 9, 11);
    }

    [Fact]
    public void A_cached_rebuild_gives_the_same_files_and_diagnostics_as_a_cold_one()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        Render(input, dir.Path, cache);

        // An edit that changes a title (so neighbours and lists change) and one that breaks a story.
        var renamed = Path.Combine(input, "stories", "mentoring-new-grad.md");
        File.WriteAllText(renamed, File.ReadAllText(renamed).Replace("title: Growing a new graduate into a service owner", "title: A new graduate, grown"));
        var broken = Path.Combine(input, "stories", "search-latency-cache.md");
        File.WriteAllText(broken, StoryEdits.WithoutTradeoff(File.ReadAllText(broken)));

        var cached = Render(input, dir.Path, cache);
        var cold = Render(input, dir.Path, cache: null);

        Assert.Equal(cold.Diagnostics.Select(d => d.Format()), cached.Diagnostics.Select(d => d.Format()));
        Assert.Equal(cold.Files.Select(f => f.Path), cached.Files.Select(f => f.Path));
        Assert.All(cold.Files.Zip(cached.Files), pair => Assert.True(pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content), pair.First.Path));
        Assert.Contains(cached.Diagnostics, d => d.RuleId == "missing-tradeoff");
    }

    [Fact]
    public void Removing_a_story_removes_its_page_from_a_cached_rebuild()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        Render(input, dir.Path, cache);

        File.Delete(Path.Combine(input, "stories", "mentoring-new-grad.md"));
        var result = Render(input, dir.Path, cache);

        Assert.DoesNotContain(result.Files, f => f.Path == "stories/mentoring-new-grad.html");
        Assert.Equal(7, result.Index!.Stories.Count);
    }

    [Fact]
    public void A_broken_theme_template_is_reported_by_every_cached_rebuild()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        dir.Write("input/theme/layouts/questions.sbn-html", "{{ for p in questions }}<p>{{ p.title }}</p>\n");
        var cache = new BuildCache();

        var first = Render(input, dir.Path, cache);
        var second = Render(input, dir.Path, cache);

        Assert.Contains(first.Diagnostics, d => d.RuleId == "template" && d.Location.Path.EndsWith("questions.sbn-html", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics.Select(d => d.Format()), second.Diagnostics.Select(d => d.Format()));
    }

    [Fact]
    public void Editing_the_card_partial_changes_every_card_on_the_next_cached_rebuild()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        Render(input, dir.Path, cache);

        // A new file in the theme's override layer changes the theme's stamp.
        dir.Write("input/theme/partials/card.sbn-html", "<article class=\"card mine\"><a href=\"{{ href }}\">{{ title }}</a></article>\n");
        var result = Render(input, dir.Path, cache);

        var home = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Content);
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(home, "class=\"card mine\"").Count);
    }

    [Fact]
    public void A_template_written_twice_within_one_tick_of_the_file_clock_is_compiled_again()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        // A save in two steps: the cached build saw the file empty, then the content landed at the same write time.
        var written = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var layout = dir.Write("input/theme/layouts/questions.sbn-html", "");
        File.SetLastWriteTimeUtc(layout, written);
        Render(input, dir.Path, cache);

        File.WriteAllText(layout, "{{ for p in questions }}<p>{{ p.title }}</p>\n");
        File.SetLastWriteTimeUtc(layout, written);
        var result = Render(input, dir.Path, cache);

        Assert.Contains(result.Diagnostics, d => d.RuleId == "template" && d.Location.Path == layout);
    }

    [Fact]
    public void A_partial_replaced_by_an_older_copy_is_compiled_again()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var cache = new BuildCache();
        var partial = dir.Write("input/theme/partials/card.sbn-html", "<article class=\"card aaaa\"><a href=\"{{ href }}\">{{ title }}</a></article>\n");
        File.SetLastWriteTimeUtc(partial, DateTime.UtcNow.AddDays(-2));
        Render(input, dir.Path, cache);

        // As `cp -p` does: other content of the same length, an older write time, so the theme's latest write time does not move.
        File.WriteAllText(partial, "<article class=\"card bbbb\"><a href=\"{{ href }}\">{{ title }}</a></article>\n");
        File.SetLastWriteTimeUtc(partial, DateTime.UtcNow.AddDays(-3));
        var result = Render(input, dir.Path, cache);

        var home = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Content);
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(home, "class=\"card bbbb\"").Count);
    }
}

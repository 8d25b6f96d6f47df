using Handbook.Analysis;
using Handbook.Cheatsheet;
using Handbook.Corpus;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Cheatsheet;

public class CheatsheetFitTests
{
    private static List<Story> Generated(int count)
    {
        var random = new Random(3);
        return Enumerable.Range(0, count)
            .Select(i => CorpusGenerator.Story(i, random))
            .Select(s => StoryReader.Parse(s.Text, s.Slug + ".md", new DiagnosticBag())!)
            .ToList();
    }

    private static IReadOnlyList<Diagnostic> Validate(IReadOnlyList<Story> stories)
    {
        var bag = new DiagnosticBag();
        Validator.Run(RuleSet.CreateDefault(), stories, Stories.DefaultConfig, bag);
        return bag.Sorted();
    }

    [Fact]
    public void Marked_stories_are_selected_when_any_are_marked()
    {
        var stories = Generated(5);
        stories[1] = stories[1] with { Cheatsheet = true };
        stories[3] = stories[3] with { Cheatsheet = true };

        Assert.Equal([stories[1], stories[3]], CheatsheetSelection.Select(stories));
    }

    [Fact]
    public void All_published_stories_are_selected_when_none_is_marked()
    {
        var stories = Generated(4);

        Assert.Equal(stories, CheatsheetSelection.Select(stories));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 3)]
    public void Column_count_grows_with_the_number_of_stories(int stories, int columns)
    {
        Assert.Equal(columns, CheatsheetFit.Columns(stories));
    }

    [Fact]
    public void Twelve_stories_fit_without_a_warning()
    {
        Assert.DoesNotContain(Validate(Generated(12)), d => d.RuleId == "cheatsheet-fit");
    }

    [Fact]
    public void Thirty_stories_warn_and_name_stories_to_leave_off()
    {
        var diagnostic = Validate(Generated(30)).Single("cheatsheet-fit");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("30 stories", diagnostic.Message);
        Assert.Contains("cheatsheet: true", diagnostic.Help);
        Assert.Matches("`story-\\d{5}`", diagnostic.Help);
    }

    [Fact]
    public void Stories_whose_patterns_others_cover_are_dropped_first()
    {
        var stories = Generated(30);
        var dropped = CheatsheetFit.Overflow(stories, new StoryAnalysis())!;
        var kept = stories.Except(dropped).ToList();

        var firstDropped = dropped[0];
        Assert.All(firstDropped.Patterns, p => Assert.Contains(kept, s => s.Patterns.Contains(p)));
    }

    [Fact]
    public void Drafts_do_not_count_towards_the_cheat_sheet()
    {
        var stories = Generated(30).Select((s, i) => i < 20 ? s with { Draft = true } : s).ToList();

        Assert.DoesNotContain(Validate(stories), d => d.RuleId == "cheatsheet-fit");
    }

    [Fact]
    public void The_stories_kept_fit_one_page()
    {
        var stories = Generated(60);
        var kept = stories.Except(CheatsheetFit.Overflow(stories, new StoryAnalysis())!).ToList();

        var columns = CheatsheetFit.Columns(kept.Count);
        Assert.True(kept.Sum(s => CheatsheetFit.Lines(StoryFacts.Of(s), columns)) <= columns * CheatsheetFit.LinesPerColumn);
        Assert.Null(CheatsheetFit.Overflow(kept, new StoryAnalysis()));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(90)]
    public void Overflow_drops_the_same_stories_as_the_plain_rule(int count)
    {
        var stories = Generated(count);

        Assert.Equal(PlainOverflow(stories), CheatsheetFit.Overflow(stories, new StoryAnalysis()));
    }

    [Fact]
    public void A_large_bank_names_a_few_stories_to_leave_off_and_counts_the_rest()
    {
        var diagnostic = Validate(Generated(200)).Single("cheatsheet-fit");

        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(diagnostic.Help!, "`story-\\d{5}`").Count);
        Assert.Matches(@"and \d+ more", diagnostic.Help);
    }

    /// <summary>The rule as first written (quadratic and more): drop the last story whose patterns others answer, else the last.</summary>
    private static List<Story> PlainOverflow(IReadOnlyList<Story> selected)
    {
        var kept = selected.ToList();
        var dropped = new List<Story>();
        bool Fits() => kept.Sum(s => CheatsheetFit.Lines(StoryFacts.Of(s), CheatsheetFit.Columns(kept.Count))) <= CheatsheetFit.Columns(kept.Count) * CheatsheetFit.LinesPerColumn;
        while (kept.Count > 0 && !Fits())
        {
            var candidate = kept.LastOrDefault(s => s.Patterns.All(p => kept.Any(o => o != s && o.Patterns.Contains(p)))) ?? kept[^1];
            kept.Remove(candidate);
            dropped.Add(candidate);
        }
        return dropped;
    }

    [Fact]
    public void Unmarked_overflow_is_reported_at_handbook_yml()
    {
        var bag = new DiagnosticBag();
        Validator.Run(RuleSet.CreateDefault(), Generated(30), Stories.DefaultConfig with { SourcePath = "input/handbook.yml" }, bag);

        var diagnostic = bag.Sorted().Single("cheatsheet-fit");
        Assert.Equal("input/handbook.yml", diagnostic.Location.Path);
    }

    [Fact]
    public void Marked_overflow_is_reported_at_a_cheatsheet_line_to_remove()
    {
        var stories = Generated(30).Select(s => s with
        {
            Cheatsheet = true,
            FieldLines = new Dictionary<string, (int Line, int Column)>(s.FieldLines) { ["cheatsheet"] = (9, 1) },
        }).ToList();

        var diagnostic = Validate(stories).Single("cheatsheet-fit");
        Assert.Equal(9, diagnostic.Location.Line);
        Assert.Contains(stories, s => s.SourcePath == diagnostic.Location.Path);
    }

    [Fact]
    public void Stories_with_errors_do_not_count_towards_the_cheat_sheet()
    {
        // Thirty stories overflow; with eighteen of them failing (no metric), the twelve left fit.
        var stories = Generated(30).Select((s, i) => i < 18 ? s with { Metrics = [], Sections = [] } : s).ToList();

        var diagnostics = Validate(stories);
        Assert.Contains(diagnostics, d => d.RuleId == "missing-metric");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "cheatsheet-fit");
    }
}

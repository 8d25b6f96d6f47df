using Handbook.Diagnostics;
using Handbook.Reading;

namespace Handbook.Tests.Reading;

public class InlineBudgetTests
{
    private static (string Text, IReadOnlyList<Diagnostic> Found) Apply(string body)
    {
        var bag = new DiagnosticBag();
        var text = InlineBudget.Apply(body, "s.md", 10, bag);
        return (text, bag.Sorted());
    }

    [Fact]
    public void A_paragraph_of_repeated_link_openers_is_escaped_with_a_warning_at_its_line()
    {
        var body = "Intro.\n\n" + string.Concat(Enumerable.Repeat("[a](", 2000)) + "\n";

        var (text, found) = Apply(body);

        Assert.Equal("Intro.\n\n" + string.Concat(Enumerable.Repeat("[a]\\(", 2000)) + "\n", text);
        var warning = Assert.Single(found);
        Assert.Equal((RuleIds.Markdown, Severity.Warning, 12), (warning.RuleId, warning.Severity, warning.Location.Line));
        Assert.Contains("2000 link openings", warning.Message);
    }

    [Fact]
    public void Unclosed_link_titles_across_lines_count_against_the_budget()
    {
        var body = string.Concat(Enumerable.Repeat("[a](b (\n", 1000));

        Assert.Contains("]\\(b (", Apply(body).Text);
    }

    [Fact]
    public void A_paragraph_full_of_ordinary_links_is_left_as_it_is()
    {
        var body = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"[link {i}](https://example.com/page-{i} \"title {i}\")")) + "\n";

        var (text, found) = Apply(body);

        Assert.Same(body, text);
        Assert.Empty(found);
    }

    [Fact]
    public void Fenced_code_is_never_escaped()
    {
        var body = "```\n" + string.Concat(Enumerable.Repeat("[a](", 2000)) + "\n```\n";

        var (text, found) = Apply(body);

        Assert.Same(body, text);
        Assert.Empty(found);
    }

    [Fact]
    public void Only_the_paragraph_over_budget_is_escaped()
    {
        var body = "See [the doc](https://example.com).\n\n" + string.Concat(Enumerable.Repeat("![a](", 1000)) + "\n";

        var (text, _) = Apply(body);

        Assert.StartsWith("See [the doc](https://example.com).\n\n![a]\\(", text);
    }

    [Fact]
    public void A_paragraph_of_unmatched_emphasis_closers_is_escaped_with_a_warning()
    {
        var body = string.Concat(Enumerable.Repeat("a* b_ ", 500)) + "\n";

        var (text, found) = Apply(body);

        Assert.Equal(string.Concat(Enumerable.Repeat("a\\* b\\_ ", 500)) + "\n", text);
        Assert.Contains("1000 emphasis marks", Assert.Single(found).Message);
    }

    [Fact]
    public void List_markers_and_thematic_breaks_keep_their_meaning_in_an_escaped_paragraph()
    {
        var body = "* " + string.Concat(Enumerable.Repeat("a* ", 1000)) + "\n* * *\n";

        var (text, _) = Apply(body);

        Assert.StartsWith("* a\\* a\\* ", text);
        Assert.EndsWith("\n* * *\n", text);
    }

    [Fact]
    public void Emphasis_already_escaped_is_not_escaped_twice()
    {
        var body = string.Concat(Enumerable.Repeat("a\\* b* ", 600)) + "\n";

        Assert.Equal(string.Concat(Enumerable.Repeat("a\\* b\\* ", 600)) + "\n", Apply(body).Text);
    }

    [Fact]
    public void A_long_paragraph_of_ordinary_emphasis_is_left_as_it_is()
    {
        var body = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Some **bold {i}** and _italic {i}_ prose with ~~struck~~ words in it.")) + "\n";

        Assert.Same(body, Apply(body).Text);
    }

    [Fact]
    public void The_escaped_story_renders_its_brackets_as_text_and_no_link()
    {
        var body = "## Situation\n" + string.Concat(Enumerable.Repeat("[a](", 2000)) + "\n";
        var bag = new DiagnosticBag();
        var story = StoryReader.Parse("---\ntitle: T\ncompetencies: [ownership]\npatterns: [production-incident]\nlevel: senior\n---\n" + body, "s.md", bag)!;

        var html = new Handbook.Rendering.StoryMarkdown(false, new HashSet<string>()).ToHtml(story.Sections[0].Markdown, "s.md", story.Sections[0].BodyLine, bag);

        Assert.Contains("[a]([a](", html);
        Assert.DoesNotContain("<a ", html);
    }
}

using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Tests.Support;
using Handbook.Validation;

namespace Handbook.Tests.Validation;

public class PlaceholderTests
{
    [Theory]
    [InlineData("TODO: add the number", "TODO: add the number")]
    [InlineData("p99 is TBD", "TBD")]
    [InlineData("Lorem ipsum dolor sit amet.", "Lorem ipsum dolor sit amet.")]
    [InlineData("We saved <amount> a month.", "<amount>")]
    [InlineData("It fell to <...>.", "<...>")]
    [InlineData("[insert metric here]", "[insert metric here]")]
    [InlineData("Latency fell by XX%.", "XX%")]
    [InlineData("what you personally owned (about 10 s).", "what you personally owned (about 10 s).")]
    [InlineData("Image size went from X MB to 80 MB.", "X MB")]
    [InlineData("We saved $X per month.", "$X")]
    [InlineData("Throughput went from 2k to X rps.", "X rps")]
    [InlineData("Errors fell by NN%.", "NN%")]
    [InlineData("p99 fell to ___ ms.", "___")]
    [InlineData("p99 fell to ?? ms.", "??")]
    [InlineData("p99 fell to ... ms.", "...")]
    [InlineData("Replica lag went from ?? to 40 ms.", "??")]
    [InlineData("Cache hit rate rose to ??%.", "??")]
    [InlineData("It saved __ hours of toil every week.", "__")]
    public void Placeholders_are_found(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Placeholders.Find(text)).Text);
    }

    [Theory]
    [InlineData("I added a <br> tag to the template.")]
    [InlineData("See <https://example.org/runbook>.")]
    [InlineData("The todo list app was slow.")]
    [InlineData("Mail me at <sam@example.org>.")]
    [InlineData("The p99 fell by 40%.")]
    [InlineData("Why?? Because nobody owned the pager.")]
    [InlineData("I renamed __init__ and the tests passed.")]
    [InlineData("Part one.\n\n___\n\nPart two.")]
    [InlineData("It grew and grew... 40% in a year.")]
    public void Ordinary_text_is_no_placeholder(string text)
    {
        Assert.Empty(Placeholders.Find(text));
    }

    [Fact]
    public void A_number_inside_a_placeholder_is_no_metric()
    {
        var diagnostics = Stories.Check(Stories.Compose(result: "TODO: the outcome as a number, before -> after, under what load (about 15 s)."));

        Assert.Equal(Severity.Error, diagnostics.Single("missing-metric").Severity);
        Assert.Equal(Severity.Error, diagnostics.Single("placeholder").Severity);
    }

    [Fact]
    public void Placeholder_is_reported_at_its_line_and_column()
    {
        var diagnostic = Stories.Check(Stories.Compose(action: "I profiled it.\nThen I fixed <the thing>.")).Single("placeholder");

        Assert.Equal(16, diagnostic.Location.Line);
        Assert.Equal(14, diagnostic.Location.Column);
    }

    [Fact]
    public void Empty_summary_is_an_error_in_a_published_story()
    {
        var text = Stories.Compose(frontMatter: "title: T\nsummary: \"\"\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid");
        var diagnostic = Stories.Check(text).Single("placeholder");

        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("`summary` is empty", diagnostic.Message);
    }

    [Fact]
    public void Placeholders_in_a_draft_are_warnings()
    {
        var text = Stories.Compose(frontMatter: "title: T\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid\ndraft: true", result: "TBD");

        Assert.DoesNotContain(Stories.Check(text), d => d.IsError);
    }

    [Fact]
    public void Placeholders_inside_code_are_not_reported()
    {
        Assert.DoesNotContain(Stories.Check(Stories.Compose(action: "I removed the `// TODO` and profiled it.")), d => d.RuleId == "placeholder");
    }
}

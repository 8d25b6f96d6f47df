using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Rendering;

namespace Handbook.Tests.Safety;

/// <summary>Only http, https, mailto, relative and fragment links become live links; the rest are text, with a warning at the line.</summary>
public class SafeLinkTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown, bool allowHtml = false)
    {
        var bag = new DiagnosticBag();
        var html = new StoryMarkdown(allowHtml, new HashSet<string> { "other-story" }).ToHtml(markdown, "story.md", 10, bag);
        return (html, bag.Sorted());
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](&#x6A;avascript:alert(1))")]
    [InlineData("[click](javascript&colon;alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](file:///etc/passwd)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[click]\n\n[click]: javascript:alert(1)")]
    [InlineData("![click](javascript:alert(1))")]
    [InlineData("[![click](javascript:alert(1))](javascript:alert(2))")]
    public void A_link_with_another_scheme_is_inert_text_with_a_warning_at_its_line(string markdown)
    {
        var (html, diagnostics) = Render("Some words first.\n\n" + markdown);

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("src=", html);
        var warnings = diagnostics.Where(d => d.RuleId == RuleIds.UnsafeLink).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, 12), (w.Severity, w.Location.Line)));
        if (!markdown.StartsWith('<')) Assert.Contains("click", html);
    }

    [Theory]
    [InlineData("[site](https://example.org/a?b=c)", "href=\"https://example.org/a?b=c\"")]
    [InlineData("[site](http://example.org)", "href=\"http://example.org\"")]
    [InlineData("[mail](mailto:sam@example.org)", "href=\"mailto:sam@example.org\"")]
    [InlineData("<https://example.org>", "href=\"https://example.org\"")]
    [InlineData("<sam@example.org>", "href=\"mailto:sam@example.org\"")]
    [InlineData("[section](#result)", "href=\"#result\"")]
    [InlineData("[page](../coverage.html)", "href=\"../coverage.html\"")]
    [InlineData("[story](other-story.md)", "href=\"other-story.html\"")]
    [InlineData("[ref][r]\n\n[r]: https://example.org/ref", "href=\"https://example.org/ref\"")]
    [InlineData("![chart](images/chart.png)", "src=\"images/chart.png\"")]
    public void Http_https_mailto_relative_and_fragment_links_stay_live(string markdown, string expected)
    {
        var (html, diagnostics) = Render(markdown);

        Assert.Contains(expected, html);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == RuleIds.UnsafeLink);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData(" \u0001JAVASCRIPT:x", "javascript")]
    [InlineData("java\tscript:x", "javascript")]
    [InlineData("https://x", "https")]
    [InlineData("a/b:c", null)]
    [InlineData("#x:y", null)]
    [InlineData("", null)]
    [InlineData("1http:x", null)]
    public void The_scheme_is_read_as_a_browser_reads_it(string url, string? scheme) =>
        Assert.Equal(scheme, LinkSchemes.Scheme(url));
}

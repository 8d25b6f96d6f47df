using System.Text;
using Handbook.Diagnostics;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

public class TemplateSetTests
{
    private static readonly PageView Page = new("A title", "A description", "", "Site", "Author", [], "story");

    private static TemplateSet Templates(TempDirectory dir, string baseLayout, string page = "<p>{{ text }}</p>")
    {
        dir.Write("theme/layouts/base.sbn-html", baseLayout);
        dir.Write("theme/layouts/page.sbn-html", page);
        return new TemplateSet(new Theme(dir.Combine("theme"), dir.Combine("input", "theme")));
    }

    private static string RenderPage(TemplateSet templates, object model)
    {
        var bag = new DiagnosticBag();
        var bytes = templates.RenderPage("page", model, Page, bag);
        Assert.Empty(bag.Sorted());
        return Encoding.UTF8.GetString(bytes!);
    }

    private static IReadOnlyList<Diagnostic> Problems(TemplateSet templates, object model)
    {
        var bag = new DiagnosticBag();
        Assert.Null(templates.RenderPage("page", model, Page, bag));
        return [.. bag.Sorted(), .. templates.Problems];
    }

    [Fact]
    public void Base_layout_places_the_page_where_it_writes_raw_page_content()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "<title>{{ page.title }}</title><main>{{ raw page.content }}</main>");

        Assert.Equal("<title>A title</title><main><p>Tom &amp; Jerry · 🚀</p></main>", RenderPage(templates, new { Text = "Tom & Jerry · 🚀" }));
    }

    [Fact]
    public void Every_expression_is_escaped_by_default()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "<a title=\"{{ text }}\">{{ text }}</a>");

        Assert.Equal("<a title=\"&lt;b&gt; &quot;x&quot; &#39;y&#39; &amp;\">&lt;b&gt; &quot;x&quot; &#39;y&#39; &amp;</a>",
            RenderPage(templates, new { Text = "<b> \"x\" 'y' &" }));
    }

    [Fact]
    public void Raw_writes_trusted_html_as_it_is()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ raw html }}|{{ html }}");

        Assert.Equal("<em>hi</em>|&lt;em&gt;hi&lt;/em&gt;", RenderPage(templates, new { Html = "<em>hi</em>" }));
    }

    [Fact]
    public void Base_layout_that_escapes_the_content_gets_it_escaped()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "<pre>{{ page.content }}</pre>", "<p>hi</p>");

        Assert.Equal("<pre>&lt;p&gt;hi&lt;/p&gt;</pre>", RenderPage(templates, new { }));
    }

    [Fact]
    public void Base_layout_that_tests_the_content_sees_the_page()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ if page.content }}<main>{{ raw page.content }}</main>{{ else }}empty{{ end }}");

        Assert.Equal("<main><p>hi</p></main>", RenderPage(templates, new { Text = "hi" }));
    }

    [Fact]
    public void An_include_is_escaped_once_not_twice()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/partials/name.sbn-html", "<b>{{ text }}</b>");
        var templates = Templates(dir, "{{ raw page.content }}", "{{ include 'name' }}");

        Assert.Equal("<b>Tom &amp; Jerry</b>", RenderPage(templates, new { Text = "Tom & Jerry" }));
    }

    [Fact]
    public void A_partial_on_an_indented_line_still_escapes()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/partials/name.sbn-html", "<b>{{ text }}</b>\n<pre>a\nb</pre>\n");
        var templates = Templates(dir, "{{ raw page.content }}", "<div>\n    {{ include 'name' }}\n</div>");

        Assert.Equal("<div>\n    <b>&lt;script&gt;</b>\n<pre>a\nb</pre>\n\n</div>", RenderPage(templates, new { Text = "<script>" }));
    }

    [Fact]
    public void A_capture_is_escaped_once_not_twice()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ capture line }}<i>{{ text }}</i>{{ end }}{{ line }}{{ line }}");

        Assert.Equal("<i>&lt;x&gt;</i><i>&lt;x&gt;</i>", RenderPage(templates, new { Text = "<x>" }));
    }

    [Fact]
    public void Empty_strings_and_lists_are_false()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}",
            "{{ if text }}text{{ else }}no text{{ end }} {{ if items }}items{{ else }}no items{{ end }} {{ if full }}full{{ end }}");

        Assert.Equal("no text no items full", RenderPage(templates, new { Text = "", Items = Array.Empty<string>(), Full = new[] { "x" } }));
    }

    [Fact]
    public void A_loop_over_more_than_ten_thousand_items_is_not_cut_short()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ for i in items }}{{ i }}{{ end }}");
        var items = Enumerable.Range(0, 20_000).Select(i => i % 10).ToArray();

        Assert.Equal(20_000, RenderPage(templates, new { Items = items }).Length);
    }

    [Fact]
    public void A_page_over_one_mebibyte_is_written_whole()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ text }}{{ text }}");
        var text = new string('x', 1024 * 1024);

        Assert.Equal(2 * text.Length, RenderPage(templates, new { Text = text }).Length);
    }

    [Fact]
    public void An_indented_include_does_not_reindent_preformatted_text()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/partials/code.sbn-html", "<pre>line one\nline two</pre>");
        var templates = Templates(dir, "{{ raw page.content }}", "    {{ include 'code' }}");

        Assert.Equal("    <pre>line one\nline two</pre>", RenderPage(templates, new { }));
    }

    [Fact]
    public void Members_are_written_in_snake_case()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ key_metric }}/{{ page.site_title }}");

        Assert.Equal("p99 -30%/Site", RenderPage(templates, new { KeyMetric = "p99 -30%" }));
    }

    [Fact]
    public void CardsHtml_writes_every_card_in_order()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "<div>{{ raw cards_html }}</div>");
        var cards = new[] { "<a>1</a>", "<a>2 · é</a>", "<a>3</a>" }
            .Select(html => new CardView("t", "h", "", "", null, [], [], false) { Html = html })
            .ToList();
        var home = new HomeView("Home", "Me", 3, 1, 0, "q.html", "c.html", cards);

        Assert.Equal("<div><a>1</a><a>2 · é</a><a>3</a></div>", RenderPage(templates, home));
        Assert.Equal("<a>1</a><a>2 · é</a><a>3</a>", home.CardsHtml.ToString());
    }

    [Fact]
    public void A_template_may_test_CardsHtml()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ if cards_html }}cards{{ else }}none{{ end }}");
        var card = new CardView("t", "h", "", "", null, [], [], false) { Html = "<a>1</a>" };

        Assert.Equal("cards", RenderPage(templates, new HomeView("Home", "Me", 1, 1, 0, "q.html", "c.html", [card])));
        Assert.Equal("none", RenderPage(templates, new HomeView("Home", "Me", 0, 1, 0, "q.html", "c.html", [])));
    }

    [Fact]
    public void A_file_under_input_theme_overrides_the_theme_file_at_the_same_path()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/partials/name.sbn-html", "theme's");
        dir.Write("input/theme/partials/name.sbn-html", "mine");
        var templates = Templates(dir, "{{ raw page.content }}", "{{ include 'name' }}");

        Assert.Equal("mine", RenderPage(templates, new { }));
    }

    [Theory]
    [InlineData("../layouts/base")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../secret")]
    [InlineData("..\\secret")]
    public void An_include_outside_the_theme_folders_is_refused(string name)
    {
        using var dir = new TempDirectory();
        dir.Write("secret.sbn-html", "secret");
        dir.Write("theme/secret.sbn-html", "secret");
        var templates = Templates(dir, "{{ raw page.content }}", $"{{{{ include '{name.Replace("\\", "\\\\")}' }}}}");

        var problem = Assert.Single(Problems(templates, new { }));
        Assert.Equal("template", problem.RuleId);
        Assert.EndsWith("page.sbn-html", problem.Location.Path);
    }

    [Fact]
    public void A_syntax_error_names_the_template_file_line_and_column()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "<p>\n  {{ if text }}unclosed\n</p>");

        var problem = Assert.Single(Problems(templates, new { Text = "x" }));
        Assert.Equal("template", problem.RuleId);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.EndsWith(Path.Combine("layouts", "page.sbn-html"), problem.Location.Path);
        Assert.True(problem.Location.Line >= 2, problem.Format());
    }

    [Fact]
    public void A_runtime_error_in_a_partial_names_the_partial()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/partials/broken.sbn-html", "ok\n{{ string.upcase 'a' 'b' 'c' }}");
        var templates = Templates(dir, "{{ raw page.content }}", "{{ include 'broken' }}");

        var problem = Assert.Single(Problems(templates, new { }));
        Assert.Equal("template", problem.RuleId);
        Assert.EndsWith(Path.Combine("partials", "broken.sbn-html"), problem.Location.Path);
        Assert.Equal(2, problem.Location.Line);
    }

    [Fact]
    public void A_template_cannot_redefine_raw_to_turn_escaping_off()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{ raw page.content }}", "{{ func raw(x); ret x; end }}{{ raw text }}");

        Assert.Equal("&lt;b&gt;", RenderPage(templates, new { Text = "<b>" }));
    }
}

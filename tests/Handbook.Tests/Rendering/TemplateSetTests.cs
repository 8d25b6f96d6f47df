using System.Text;
using Handbook.Diagnostics;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Rendering;

public class TemplateSetTests
{
    private static readonly PageView Page = new("A title", "A description", "", "Site", "Author", [], "story");

    private static TemplateSet Templates(TempDirectory dir, string baseLayout, string page = "<p>{{Text}}</p>")
    {
        dir.Write("theme/layouts/base.hbs", baseLayout);
        dir.Write("theme/layouts/page.hbs", page);
        return new TemplateSet(new Theme(dir.Combine("theme")));
    }

    private static string RenderPage(TemplateSet templates, object model)
    {
        var bag = new DiagnosticBag();
        var bytes = templates.RenderPage("page", model, Page, bag);
        Assert.Empty(bag.Sorted());
        return Encoding.UTF8.GetString(bytes!);
    }

    [Fact]
    public void Base_layout_places_the_page_where_it_writes_triple_stash_Content()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "<title>{{Title}}</title><main>{{{Content}}}</main>");

        Assert.Equal("<title>A title</title><main><p>Tom &amp; Jerry · 🚀</p></main>", RenderPage(templates, new { Text = "Tom & Jerry · 🚀" }));
    }

    [Fact]
    public void Base_layout_that_escapes_Content_gets_it_escaped()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "<pre>{{Content}}</pre>");

        Assert.Equal("<pre>&lt;p&gt;hi&lt;/p&gt;</pre>", RenderPage(templates, new { Text = "hi" }));
    }

    [Fact]
    public void Base_layout_that_tests_Content_sees_the_page()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{#if Content}}<main>{{{Content}}}</main>{{else}}empty{{/if}}");

        Assert.Equal("<main><p>hi</p></main>", RenderPage(templates, new { Text = "hi" }));
    }

    [Fact]
    public void Partial_that_escapes_Content_gets_it_escaped()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/partials/main.hbs", "<pre>{{Content}}</pre>");
        var templates = Templates(dir, "{{> main}}");

        Assert.Equal("<pre>&lt;p&gt;hi&lt;/p&gt;</pre>", RenderPage(templates, new { Text = "hi" }));
    }

    [Fact]
    public void CardsHtml_writes_every_card_in_order()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{{Content}}}", "<div>{{{CardsHtml}}}</div>");
        var cards = new[] { "<a>1</a>", "<a>2 · é</a>", "<a>3</a>" }
            .Select(html => new CardView("t", "h", "", "", null, [], [], false) { Html = html })
            .ToList();
        var home = new HomeView("Home", "Me", 3, 1, 0, "q.html", "c.html", cards);

        Assert.Equal("<div><a>1</a><a>2 · é</a><a>3</a></div>", RenderPage(templates, home));
        Assert.Equal("<a>1</a><a>2 · é</a><a>3</a>", home.CardsHtml);
    }

    [Fact]
    public void A_template_may_test_CardsHtml()
    {
        using var dir = new TempDirectory();
        var templates = Templates(dir, "{{{Content}}}", "{{#if CardsHtml}}cards{{else}}none{{/if}}");
        var card = new CardView("t", "h", "", "", null, [], [], false) { Html = "<a>1</a>" };

        Assert.Equal("cards", RenderPage(templates, new HomeView("Home", "Me", 1, 1, 0, "q.html", "c.html", [card])));
        Assert.Equal("none", RenderPage(templates, new HomeView("Home", "Me", 0, 1, 0, "q.html", "c.html", [])));
    }
}

using AngleSharp.Html.Parser;
using Handbook.Checking;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Checking;

// The link check reads tags with its own tokenizer; a full HTML parser (AngleSharp) is the oracle: both must find
// the same ids, links and base on every page.
public class LinkExtractorTests
{
    public static TheoryData<string, string> Pages => new()
    {
        { "plain", """<a href="a.html">A</a><img src="i.png" alt=x><p id="top-x">x</p>""" },
        { "comment", """<!-- <a href="hidden.html"> --><a href="shown.html">x</a><!--> <a href="after-short.html"></a>""" },
        { "comment-bang", """<!-- x --!><a href="after.html"></a><!---><a href="after-2.html"></a>""" },
        { "doctype-and-pi", """<!DOCTYPE html><?xml x="<a href='no.html'>"?><a href="yes.html"></a>""" },
        { "script-text", """<script>var s = '<a href="in-script.html">';</script><a href="out.html"></a>""" },
        { "script-src", """<script src="app.js"></script><script SRC='b.js' defer></script>""" },
        { "style-text", """<style>/* <a href="css.html"> */ a{}</style ><a id="s" href="#s"></a>""" },
        { "textarea-title", """<title><a href="t.html"></title><textarea><img src="ta.png"></TEXTAREA ><a href="ok.html"></a>""" },
        { "quoted-gt", """<a title="a > b" href="q.html">x</a><a title='<a href="no.html">' href='r.html'>y</a>""" },
        { "end-tag-quote", """<p></p title=">"><a href="after-end.html"></a>""" },
        { "unquoted", """<a href=u.html class=x>u</a><img src=p.png>""" },
        { "case", """<A HREF="Upper.html" ID="Mixed">x</A><IMG SRC="I.PNG">""" },
        { "duplicate", """<a href="first.html" href="second.html" id="one" id="two">x</a>""" },
        { "entities", """<a href="q.html?a=1&amp;b=2">x</a><a href="caf&eacute;.html">y</a><a href="&#x2F;abs.html">z</a>""" },
        { "spaces", """<a   href = "sp.html"  >x</a><a href="  trimmed.html  ">y</a><a href="">empty</a>""" },
        { "names", """<a name="legacy">x</a><div name="not-an-anchor"></div><span id="">e</span>""" },
        { "srcset", """<img srcset="a.png 1x, b.png 2x"><picture><source srcset="c.webp" type="image/webp"></picture>""" },
        { "media", """<video src="v.mp4" poster="p.jpg"><track src="t.vtt"></video><audio src="a.mp3"></audio>""" },
        { "forms-objects", """<form action="send.html"></form><object data="o.svg"></object><embed src="e.swf"><iframe src="f.html"><a href="in-iframe.html"></iframe>""" },
        { "link-rel", """<link rel="stylesheet" href="s.css"><link rel="preconnect" href="https://x.example"><link rel="DNS-Prefetch icon" href="d.html">""" },
        { "meta-refresh", """<meta http-equiv="Refresh" content="0; URL='next.html'"><meta http-equiv="content-type" content="text/html">""" },
        { "base", """<base href="sub/"><base href="other/"><a href="rel.html"></a>""" },
        { "svg", """<svg><a href="svg-link.html"><text>x</text></a><image href="i.svg"/></svg>""" },
        { "image-alias", """<image src="alias.png">""" },
        { "self-closing", """<img src="sc.png"/><br/><a href="after-sc.html"/>x""" },
        { "slash-attrs", """<a/href="slash.html"/id="sl">x</a>""" },
        { "noscript", """<noscript><a href="ns.html">x</a></noscript>""" },
        { "stray-lt", """a < b, 3<4, <3 <= 5 <a href="lt.html">x</a> </ > </3>""" },
        { "truncated", """<a href="kept.html">x</a><a href="cut.html" """ },
        { "unclosed-quote", """<a href="kept.html"></a><a href="never """ },
        { "unclosed-comment", """<a href="kept.html"></a><!-- <a href="gone.html">""" },
        { "utf-8", """<a href="café/naïve.html" id="über-größe">x</a><p id="日本">y</p><a hreF="emoji-😀.html"></a>""" },
        { "unknown-elements", """<my-card id="c1" href="not-a-link.html"><x-a href="nor-this.html"></x-a></my-card><section name="s"></section>""" },
        { "long-names", """<averyveryverylongelementname id="long"></averyveryverylongelementname><a data-averyveryverylongattribute="1" href="ok.html"></a>""" },
        { "plaintext", """<a href="before.html"></a><plaintext><a href="text.html">""" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_tokenizer_finds_what_a_browser_parser_finds(string name, string html)
    {
        var page = "<!doctype html><html><head></head><body>" + html + "</body></html>";

        // The case's name leads both texts, so a failure says which case it is.
        Assert.Equal($"{name}\n{Describe(Oracle(page))}", $"{name}\n{Describe(LinkExtractor.Extract("p.html", System.Text.Encoding.UTF8.GetBytes(page)))}");
    }

    [Fact]
    public void Every_page_of_the_sample_site_reads_as_a_browser_parser_reads_it()
    {
        using var dir = new TempDirectory();
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Paths.SampleInput, OutputDirectory = dir.Combine("site"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        });
        Assert.Equal(ExitCodes.Success, result.ExitCode);

        var pages = Directory.GetFiles(dir.Combine("site"), "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 40);
        foreach (var file in pages)
        {
            var html = File.ReadAllText(file);
            Assert.Equal(Describe(Oracle(html)), Describe(LinkExtractor.Extract(file, System.Text.Encoding.UTF8.GetBytes(html))));
        }
    }

    [Fact]
    public void Links_are_listed_in_document_order()
    {
        var links = LinkExtractor.Extract("p.html", """<img src="1.png"><a href="2.html"></a><link href="3.css"><a href="4.html"></a>"""u8.ToArray()).Links;

        Assert.Equal(["1.png", "2.html", "3.css", "4.html"], links.Select(l => l.Url));
    }

    // Ids, base and links (as a sorted list: the oracle lists them by selector, the tokenizer in document order).
    private static string Describe(PageLinks links) =>
        $"ids: {string.Join(" | ", links.Ids.Order(StringComparer.Ordinal))}\nbase: {links.Base}\nlinks:\n"
        + string.Join("\n", links.Links.Select(l => $"{l.Element} {l.Attribute} {l.Url}").Order(StringComparer.Ordinal));

    // What the link check found with AngleSharp before it had a tokenizer of its own.
    private static PageLinks Oracle(string html)
    {
        (string Selector, string Attribute)[] addresses =
        [
            ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
            ("iframe[src]", "src"), ("embed[src]", "src"), ("source[src]", "src"), ("track[src]", "src"), ("audio[src]", "src"),
            ("video[src]", "src"), ("video[poster]", "poster"), ("form[action]", "action"), ("object[data]", "data"),
        ];
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
        foreach (var anchor in document.QuerySelectorAll("a[name]")) ids.Add(anchor.GetAttribute("name")!);
        var links = new List<PageLink>();
        foreach (var (selector, attribute) in addresses)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var rel = (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (element.LocalName == "link" && rel.Any(r => r.Equals("preconnect", StringComparison.OrdinalIgnoreCase) || r.Equals("dns-prefetch", StringComparison.OrdinalIgnoreCase))) continue;
                links.Add(new PageLink(element.GetAttribute(attribute)!.Trim(), element.LocalName, attribute));
            }
        }
        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            foreach (var candidate in element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var url = candidate.Split(' ', 2)[0];
                if (url.Length > 0) links.Add(new PageLink(url, element.LocalName, "srcset"));
            }
        }
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)) continue;
            var content = meta.GetAttribute("content") ?? "";
            var at = content.IndexOf("url", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = content[(at + 3)..].TrimStart();
            if (!rest.StartsWith('=')) continue;
            var url = rest[1..].Trim().Trim('\'', '"').Trim();
            if (url.Length > 0) links.Add(new PageLink(url, "meta", "content"));
        }
        return new PageLinks("p.html", ids, links, document.QuerySelector("base[href]")?.GetAttribute("href")?.Trim());
    }
}

using System.Text;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>Every string from every input file is data: escaped wherever it lands, in every file of the site.</summary>
public class PayloadTests
{
    [Fact]
    public void A_payload_in_every_field_of_every_input_file_reaches_no_output_file_as_markup()
    {
        using var payloads = new PayloadSite();

        var result = payloads.Build();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics.Where(d => d.IsError).Select(d => d.Format())));
        var files = Directory.EnumerateFiles(payloads.Site, "*", SearchOption.AllDirectories).ToList();
        var everything = new StringBuilder();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            everything.Append(text);
            var name = Path.GetRelativePath(payloads.Site, file);
            foreach (var needle in PayloadSite.Needles)
            {
                var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                Assert.True(at < 0, $"{name} holds unescaped `{needle}`: …{text.Substring(Math.Max(0, at - 80), Math.Min(200, text.Length - Math.Max(0, at - 80)))}…");
            }
            if (name.EndsWith(".js", StringComparison.Ordinal) && !IsThemeAsset(name))
            {
                Assert.DoesNotContain("</script", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<!--", text, StringComparison.Ordinal);
            }
        }
        // The scan would pass on an empty site: every field's text must have arrived, escaped.
        var site = everything.ToString();
        Assert.All(PayloadSite.ShownTags, tag => Assert.Contains("PWN-" + tag, site));
    }

    [Fact]
    public void Chips_show_competency_and_pattern_titles_as_text_on_every_page_that_shows_them()
    {
        using var payloads = new PayloadSite();
        Assert.True(payloads.Build().Published);
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        foreach (var page in new[] { "index.html", "stories/payload-0.html", "competencies/ownership.html", "patterns/production-incident.html" })
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(payloads.Site, page)));
            var chips = document.QuerySelectorAll(".chip-competency, .chip-pattern").ToList();
            Assert.NotEmpty(chips);
            Assert.All(chips, chip => Assert.Empty(chip.Children));
            Assert.Contains(chips, chip => chip.TextContent.Contains("<script>window.__pwned='PWN-competency-title'</script>", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("script:not([src]), img[onerror], svg[onload], iframe"));
        }
    }

    private static bool IsThemeAsset(string name) => File.Exists(Path.Combine(Paths.Theme, name));
}

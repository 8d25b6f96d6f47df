using Handbook.Diagnostics;
using Handbook.Reading;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handbook.Rendering;

/// <summary>
/// Renders the Markdown of a story section to HTML. Links to other story files (<c>other-story.md</c>)
/// become links to their pages; a link to a story that is not published is reported at its line.
/// </summary>
public sealed class StoryMarkdown
{
    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlySet<string> _publishedSlugs;
    private readonly Severity _brokenLink;

    /// <summary>Creates a renderer for one build.</summary>
    /// <param name="allowHtml">Whether raw HTML in stories passes through.</param>
    /// <param name="publishedSlugs">Slugs of the stories that get a page.</param>
    /// <param name="brokenLink">The configured severity of <c>broken-link</c>.</param>
    public StoryMarkdown(bool allowHtml, IReadOnlySet<string> publishedSlugs, Severity brokenLink = Severity.Warning)
    {
        _brokenLink = brokenLink;
        _pipeline = MarkdownPipelines.For(allowHtml);
        _publishedSlugs = publishedSlugs;
    }

    /// <summary>The HTML of <paramref name="markdown"/>, which starts at <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public string ToHtml(string markdown, string path, int firstLine, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            // Listed first: making a link inert changes the tree being walked.
            foreach (var link in document.Descendants<LinkInline>().ToList())
            {
                if (LinkSchemes.IsSafe(link.Url)) RewriteStoryLink(link, path, firstLine, diagnostics);
                else Disarm(link, link.Url!, path, firstLine, diagnostics);
            }
            foreach (var link in document.Descendants<AutolinkInline>().ToList())
            {
                if (!LinkSchemes.IsSafe(link.IsEmail ? "mailto:" + link.Url : link.Url)) Disarm(link, link.Url, path, firstLine, diagnostics);
            }
            // Arrows in prose ("38% -> 0%") are set as in the key numbers; code keeps its characters.
            foreach (var literal in document.Descendants<LiteralInline>())
            {
                var text = literal.Content.ToString();
                var set = Text.Typography.Arrows(text);
                if (!ReferenceEquals(set, text)) literal.Content = new Markdig.Helpers.StringSlice(set);
            }
            // Markdig keeps a renderer per pipeline to reuse, rather than one set up for every section.
            return Markdown.ToHtml(document, _pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's depth limit can trip while parsing or while rendering (nested emphasis), and a section on its
            // own can nest deeper than the whole body did. Show the text as it is and say why.
            diagnostics.Add(new SourceLocation(path, firstLine, 1), Severity.Error, RuleIds.Markdown, $"this section's Markdown cannot be read: {e.Message}",
                "remove the deeply nested quotes, lists, emphasis or brackets; a story needs at most a few levels.");
            return $"<pre>{System.Net.WebUtility.HtmlEncode(markdown)}</pre>";
        }
    }

    // An unsafe link keeps its words (an image its description) as plain text, and the writer is told at the line.
    private static void Disarm(Inline link, string url, string path, int firstLine, DiagnosticBag diagnostics)
    {
        diagnostics.Add(new SourceLocation(path, firstLine + link.Line, link.Column + 1), Severity.Warning, RuleIds.UnsafeLink,
            $"the link to `{LinkSchemes.Shorten(url)}` uses a scheme browsers run or open outside the page; it is shown as text.",
            "link with http:, https: or mailto:, to another story's file, or to a #section.");
        Inline replacement = link switch
        {
            LinkInline { IsImage: true } image => new LiteralInline(string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()))),
            ContainerInline container => Unwrap(container),
            AutolinkInline autolink => new LiteralInline(autolink.Url),
            _ => new LiteralInline(""),
        };
        link.ReplaceBy(replacement);
    }

    // The link's children, in order, moved into a plain container.
    private static ContainerInline Unwrap(ContainerInline link)
    {
        var words = new ContainerInline();
        while (link.FirstChild is { } child)
        {
            child.Remove();
            words.AppendChild(child);
        }
        return words;
    }

    private void RewriteStoryLink(LinkInline link, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith('/') || url.Contains(':')) return;
        var hash = url.IndexOf('#');
        var target = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[hash..] : "";
        if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;

        var slug = Text.Slug.From(Path.GetFileNameWithoutExtension(target));
        if (_publishedSlugs.Contains(slug))
        {
            link.Url = $"{slug}.html{fragment}";
            return;
        }
        diagnostics.Add(new SourceLocation(path, firstLine + link.Line, link.Column + 1), _brokenLink, RuleIds.BrokenLink,
            $"the link to `{target}` does not lead to a published story.", "link to another story's file name, e.g. `[the migration](schema-migration.md)`.");
    }
}

using Handbook.Model;
using Handbook.Text;

namespace Handbook.Rendering;

/// <summary>The one rule for a section's anchor id on its story page, shared by the page and the search index.</summary>
public static class SectionAnchors
{
    /// <summary>
    /// The beat's anchor (<c>result</c>, <c>trade-off</c>) or the heading's slug for other sections, made
    /// unique within the page by a numeric suffix. <paramref name="used"/> collects the ids of one page.
    /// </summary>
    public static string For(StorySection section, HashSet<string> used)
    {
        var wanted = section.Kind == SectionKind.Other ? Slug.From(section.Heading) : section.Kind.Anchor();
        if (wanted.Length == 0) wanted = "section";
        var id = wanted;
        for (var n = 2; !used.Add(id); n++) id = $"{wanted}-{n}";
        return id;
    }
}

using Handbook.Model;
using Handbook.Text;

namespace Handbook.Rendering;

/// <summary>The one rule for a section's anchor id on its story page, shared by the page and the search index.</summary>
public static class SectionAnchors
{
    /// <summary>
    /// The anchor of each of <paramref name="sections"/>, in order: the beat's anchor (<c>result</c>, <c>trade-off</c>)
    /// or the heading's slug for other sections, made unique within the page by a numeric suffix.
    /// </summary>
    public static IReadOnlyList<string> For(IReadOnlyList<StorySection> sections)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // The next suffix to try per wanted id: a story of a thousand "Result" sections does not retry 2, 3, 4...
        // for each one (that was quadratic). The suffixes skipped were taken, so the ids are the same as trying from 2.
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new string[sections.Count];
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var wanted = section.Kind == SectionKind.Other ? Slug.From(section.Heading) : section.Kind.Anchor();
            if (wanted.Length == 0) wanted = "section";
            var id = wanted;
            var n = next.GetValueOrDefault(wanted, 2);
            while (!used.Add(id)) id = $"{wanted}-{n++}";
            next[wanted] = n;
            ids[i] = id;
        }
        return ids;
    }
}

namespace Handbook.Checking;

/// <summary>What the link check needs to know of one rendered HTML page: the anchors it offers and the links it makes.</summary>
/// <param name="Path">The page's path in the site, with forward slashes.</param>
/// <param name="Ids">Every <c>id</c> (and <c>&lt;a name&gt;</c>) on the page: the fragments a link to it may name.</param>
/// <param name="Links">Every address the page refers to, in document order.</param>
/// <param name="Base">The page's <c>&lt;base href&gt;</c>, or null when it has none.</param>
public sealed record PageLinks(string Path, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links, string? Base);

/// <summary>One address on a page.</summary>
/// <param name="Url">The attribute's value as written (entities decoded, white space trimmed).</param>
/// <param name="Element">The element's name (<c>a</c>, <c>img</c>...).</param>
/// <param name="Attribute">The attribute that holds it (<c>href</c>, <c>src</c>...).</param>
public sealed record PageLink(string Url, string Element, string Attribute);

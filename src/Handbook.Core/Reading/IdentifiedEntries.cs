using Handbook.Diagnostics;
using Handbook.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Reading;

/// <summary>
/// How one kind of list entry with an <c>id</c> reads (a competency, a question pattern, a value of a target), for
/// the messages of <see cref="IdentifiedEntries"/>.
/// </summary>
/// <param name="What">The entry's name in messages: "competency", "question pattern", "value".</param>
/// <param name="Fields">The fields an entry may have; others are warned about.</param>
/// <param name="Shape">The fields every entry needs, as a message says them: "`id` and `title`".</param>
/// <param name="Example">How to write an entry, as the help of a malformed one.</param>
/// <param name="IdUse">What the id is for, added to the help of a missing id ("rounds name values by it"); may be empty.</param>
internal sealed record EntryShape(string What, IReadOnlyCollection<string> Fields, string Shape, string Example, string IdUse = "");

/// <summary>
/// Reads a YAML list of mappings that each carry a unique, URL-safe <c>id</c>. A non-mapping item, a missing or
/// invalid id and a repeated id are reported at their line and skipped, unknown fields are warned about, and
/// every other entry is handed back with its id, in file order.
/// </summary>
internal static class IdentifiedEntries
{
    /// <summary>The readable entries of <paramref name="items"/>.</summary>
    /// <param name="items">The list's items.</param>
    /// <param name="open">Makes a field reader over one item's mapping (positions relative to the file).</param>
    /// <param name="reportItem">Reports a problem at an item that is not a mapping (message, help).</param>
    /// <param name="shape">The kind of entry.</param>
    public static IEnumerable<(YamlFields Entry, string Id)> Read(
        IEnumerable<YamlNode> items, Func<YamlMappingNode, YamlFields> open, Action<YamlNode, string, string> reportItem, EntryShape shape)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not YamlMappingNode mapping)
            {
                reportItem(item, $"each {shape.What} must be a mapping with {shape.Shape}.", shape.Example);
                continue;
            }
            var entry = open(mapping);
            entry.ReportUnknown(shape.Fields, shape.What);
            var id = RequiredId(entry, shape);
            if (id is null) continue;
            if (!seen.Add(id))
            {
                entry.ReportAt("id", RuleIds.DuplicateId, $"{shape.What} `{id}` is defined twice.", "rename or remove one of them.");
                continue;
            }
            yield return (entry, id);
        }
    }

    private static string? RequiredId(YamlFields entry, EntryShape shape)
    {
        var id = entry.String("id");
        if (id is null)
        {
            entry.ReportAt("id", RuleIds.RequiredField, $"this {shape.What} has no `id`.",
                "add `id: some-id` (lower case, dashes)" + (shape.IdUse.Length > 0 ? $"; {shape.IdUse}." : "."));
            return null;
        }
        if (!Slug.IsValid(id))
        {
            entry.ReportAt("id", RuleIds.InvalidFieldType, $"the {shape.What} id `{id}` is not URL-safe.",
                $"use `{(Slug.From(id) is { Length: > 0 } slug ? slug : "some-id")}`.");
            return null;
        }
        return id;
    }
}

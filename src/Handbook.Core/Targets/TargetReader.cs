using System.Globalization;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Targets;

/// <summary>
/// Reads the target loops of a handbook (<c>input/targets/&lt;id&gt;.yml</c>). Every problem is a diagnostic at
/// its line, never an exception: a broken file is left out, a bad entry in a good file is left out of it.
/// </summary>
public static class TargetReader
{
    /// <summary>The folder of target files, inside the input folder.</summary>
    public const string Folder = "targets";

    /// <summary>Longest round the reader accepts, in minutes; anything longer is a typo.</summary>
    public const int MaxMinutes = 8 * 60;

    private static readonly string[] Extensions = [".yml", ".yaml"];
    /// <summary>The fields of a target file, in the order the README lists them (the reader and <c>handbook schema</c> share them).</summary>
    public static readonly IReadOnlyList<string> TargetFields = ["title", "level", "date", "values", "rounds"];

    /// <summary>The fields of one entry of <c>values:</c>.</summary>
    public static readonly IReadOnlyList<string> ValueFields = ["id", "title", "competencies", "prompts", "description"];

    /// <summary>The fields of one entry of <c>rounds:</c>.</summary>
    public static readonly IReadOnlyList<string> RoundFields = ["title", "values", "minutes"];

    private static readonly EntryShape ValueShape = new("value", ValueFields, "`id`, `title` and `competencies`",
        "write `- id: ownership` then indented `title:` and `competencies:` lines.", "rounds name values by it");

    /// <summary>How a target file writes its <c>date:</c>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// Every target file under <c>targets/</c> in <paramref name="inputDirectory"/>, sorted by id; none when the
    /// folder does not exist. Other files there are warned about and ignored.
    /// </summary>
    /// <param name="inputDirectory">The input folder.</param>
    /// <param name="competencyIds">The competency ids <c>handbook.yml</c> defines.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static IReadOnlyList<TargetLoop> ReadAll(string inputDirectory, IReadOnlyCollection<string> competencyIds, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDirectory, Folder);
        if (!Directory.Exists(folder)) return [];
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
                .Where(p => !Path.GetFileName(p).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SourceLocation.File(folder), Severity.Error, RuleIds.Unreadable, $"cannot list the target files: {e.Message}",
                "check the folder's permissions.");
            return [];
        }

        var targets = new List<TargetLoop>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            if (!Extensions.Any(x => path.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(SourceLocation.File(path), Severity.Warning, RuleIds.IgnoredFile,
                    "not a target file (only .yml files are read); it is ignored.", "rename it to <id>.yml if it describes an interview loop.");
                continue;
            }
            var id = Path.GetFileNameWithoutExtension(path);
            if (!Slug.IsValid(id))
            {
                diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.InvalidFieldType,
                    $"the target file name `{Path.GetFileName(path)}` is not a URL-safe id; it names the page.",
                    $"rename it to `{FallbackId(id)}{Path.GetExtension(path)}`.");
                continue;
            }
            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.DuplicateId,
                    $"target `{id}` is defined twice (also in {Path.GetFileName(first)}).", "keep one of the two files.");
                continue;
            }
            seen[id] = path;
            var text = InputFiles.TryReadInputText(path, inputDirectory, diagnostics);
            if (text is null) continue;
            if (Parse(text, path, id, competencyIds, diagnostics) is { } target) targets.Add(target);
        }
        return targets;
    }

    /// <summary>Parses one target file's text; null when it cannot be read as a target at all (reported).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file, for diagnostics.</param>
    /// <param name="id">The target's id (its file name without extension).</param>
    /// <param name="competencyIds">The competency ids <c>handbook.yml</c> defines.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static TargetLoop? Parse(string text, string path, string id, IReadOnlyCollection<string> competencyIds, DiagnosticBag diagnostics)
    {
        var (root, syntax) = diagnostics.Recording(own => YamlSource.Parse(TextNormalizer.Normalize(text), path, 1, own));
        if (root is null)
        {
            if (syntax.Count == 0)
            {
                diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.RequiredField, "the target file is empty.",
                    "write `title:`, `values:` and `rounds:`; the README shows an example.");
            }
            return null;
        }
        if (root is not YamlMappingNode mapping)
        {
            var (line, column) = YamlSource.Position(root, 1);
            diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.InvalidFieldType,
                "a target file must be a mapping with `title`, `values` and `rounds`.", "start with `title: Company, role` on the first line.");
            return null;
        }

        var fields = new YamlFields(mapping, path, 1, diagnostics);
        fields.ReportUnknown(TargetFields, "target");
        var title = fields.String("title");
        if (title is null)
        {
            fields.ReportAt("title", RuleIds.RequiredField, "this target has no `title`.", "add `title: Company, role` (it heads the page).");
        }
        var values = ReadValues(fields, competencyIds);
        var rounds = ReadRounds(fields, values);
        return new TargetLoop
        {
            Id = id,
            SourcePath = path,
            Title = title ?? id,
            Level = ReadLevel(fields),
            Date = ReadDate(fields),
            Values = values,
            Rounds = rounds,
        };
    }

    private static Level? ReadLevel(YamlFields fields)
    {
        var text = fields.String("level");
        if (text is null) return null;
        if (Levels.TryParse(text, out var level)) return level;
        fields.ReportAt("level", RuleIds.InvalidLevel, $"`{text}` is not a level.",
            $"use one of {string.Join(", ", Levels.All.Select(l => l.Id()))}" + (NearestMatch.Find(text, Levels.All.Select(l => l.Id())) is { } near ? $"; did you mean `{near}`?" : "."));
        return null;
    }

    private static DateOnly? ReadDate(YamlFields fields)
    {
        var text = fields.String("date");
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        fields.ReportAt("date", RuleIds.InvalidFieldType, $"`{text}` is not a date.", "write the day of the loop as `date: 2026-03-14` (year-month-day).");
        return null;
    }

    private static IReadOnlyList<TargetValue> ReadValues(YamlFields fields, IReadOnlyCollection<string> competencyIds)
    {
        if (Items(fields, "values", "write `- id: ownership` then indented `title:` and `competencies:` lines.") is not { } items) return [];
        var values = new List<TargetValue>();
        foreach (var (entry, id) in IdentifiedEntries.Read(items, fields.Nested, (item, message, help) => fields.Report(item, RuleIds.InvalidFieldType, message, help), ValueShape))
        {
            var competencies = new List<string>();
            foreach (var competency in entry.StringList("competencies") ?? [])
            {
                if (competencyIds.Contains(competency))
                {
                    if (!competencies.Contains(competency)) competencies.Add(competency);
                    continue;
                }
                entry.Report(Item(entry, "competencies", competency), RuleIds.UnknownCompetency, $"value `{id}` names unknown competency `{competency}`.",
                    ConfigLoader.Suggest(competency, competencyIds, "competencies in handbook.yml"));
            }
            if (!entry.Has("competencies"))
            {
                entry.ReportAt("id", RuleIds.RequiredField, $"value `{id}` names no `competencies`, so no story can show it.",
                    "add `competencies: [ownership]` with the competencies in handbook.yml that demonstrate it.");
            }
            var (line, _) = entry.Start;
            values.Add(new TargetValue(id, entry.String("title") ?? id, competencies, entry.StringList("prompts") ?? [],
                entry.String("description") ?? "", line));
        }
        return values;
    }

    private static IReadOnlyList<TargetRound> ReadRounds(YamlFields fields, IReadOnlyList<TargetValue> values)
    {
        if (Items(fields, "rounds", "write `- title: Hiring manager` then an indented `values: [ownership]`.") is not { } items) return [];
        var valueIds = values.Select(v => v.Id).ToList();
        var rounds = new List<TargetRound>();
        foreach (var item in items)
        {
            if (item is not YamlMappingNode mapping)
            {
                fields.Report(item, RuleIds.InvalidFieldType, "each round must be a mapping with `title` and `values`.",
                    "write `- title: Hiring manager` then an indented `values: [ownership]`.");
                continue;
            }
            var entry = fields.Nested(mapping);
            entry.ReportUnknown(RoundFields, "round");
            var number = rounds.Count + 1;
            var title = entry.String("title");
            if (title is null)
            {
                entry.ReportAt("title", RuleIds.RequiredField, $"round {number} has no `title`.", "add `title: Hiring manager` (or whoever runs it).");
            }
            var known = new List<string>();
            foreach (var value in entry.StringList("values") ?? [])
            {
                if (valueIds.Contains(value))
                {
                    if (!known.Contains(value)) known.Add(value);
                    continue;
                }
                entry.Report(Item(entry, "values", value), RuleIds.UnknownValue, $"round {number} names unknown value `{value}`.",
                    ConfigLoader.Suggest(value, valueIds, "values of this target"));
            }
            if (!entry.Has("values"))
            {
                entry.ReportAt("title", RuleIds.RequiredField, $"round {number} names no `values`.", "add `values: [ownership]` with ids from `values:` above.");
            }
            var (line, _) = entry.Start;
            rounds.Add(new TargetRound(number, title ?? $"Round {number}", known, ReadMinutes(entry), line));
        }
        return rounds;
    }

    private static int? ReadMinutes(YamlFields entry)
    {
        var text = entry.String("minutes");
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and <= MaxMinutes) return minutes;
        entry.ReportAt("minutes", RuleIds.InvalidFieldType, $"`minutes` must be a whole number from 1 to {MaxMinutes}, not `{text}`.", "write `minutes: 45`.");
        return null;
    }

    // The node of one item of a list field, so a diagnostic points at the item itself (lists may span lines).
    private static YamlNode Item(YamlFields entry, string name, string text)
    {
        var list = entry.Node(name)!;
        return list is YamlSequenceNode sequence
            ? sequence.Children.FirstOrDefault(n => n is YamlScalarNode { Value: { } v } && v.Trim() == text) ?? list
            : list;
    }

    // The items of a required list field; null (reported) when it is absent or not a list.
    private static IReadOnlyList<YamlNode>? Items(YamlFields fields, string name, string example)
    {
        switch (fields.Node(name))
        {
            case null:
                fields.ReportAt(name, RuleIds.RequiredField, $"this target has no `{name}`.", example);
                return null;
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case YamlScalarNode { Value: null or "" }:
                fields.ReportAt(name, RuleIds.RequiredField, $"`{name}` is empty.", example);
                return null;
            case var other:
                fields.ReportAt(name, RuleIds.InvalidFieldType, $"`{name}` must be a list, not a {YamlFields.KindOf(other)}.", example);
                return null;
        }
    }

    private static string FallbackId(string text) => Slug.From(text) is { Length: > 0 } slug ? slug : "my-target";
}

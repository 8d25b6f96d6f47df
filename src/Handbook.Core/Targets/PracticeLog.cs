using System.Text.Json;
using Handbook.Diagnostics;
using Handbook.Reading;

namespace Handbook.Targets;

/// <summary>
/// Reads <c>input/practice.json</c>, the log the practice page exports ("Export log"), into a
/// <see cref="PracticeRecord"/>. The file is optional; a broken one is warned about and ignored, since the
/// practice record only breaks ties in a ranking.
/// </summary>
public static class PracticeLog
{
    /// <summary>The log's file name in the input folder.</summary>
    public const string FileName = "practice.json";

    /// <summary>The rule id of problems in the log.</summary>
    public const string RuleId = "practice-log";

    /// <summary>The practice record of the handbook in <paramref name="inputDirectory"/>; empty when it has no log.</summary>
    public static PracticeRecord Read(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        var text = InputFiles.TryReadText(path, diagnostics, optional: true);
        return text is null ? PracticeRecord.None : Parse(text, path, diagnostics);
    }

    /// <summary>Parses an exported log: <c>{"attempts": [{"pattern": "id", "rating": "nailed|shaky|missed", ...}]}</c>.</summary>
    public static PracticeRecord Parse(string text, string path, DiagnosticBag diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("attempts", out var attempts)
                || attempts.ValueKind != JsonValueKind.Array)
            {
                Warn(diagnostics, path, 1, "the practice log has no `attempts` list; it is ignored.");
                return PracticeRecord.None;
            }
            var tallies = new SortedDictionary<string, PracticeTally>(StringComparer.Ordinal);
            foreach (var attempt in attempts.EnumerateArray())
            {
                if (attempt.ValueKind != JsonValueKind.Object
                    || !attempt.TryGetProperty("pattern", out var pattern) || pattern.ValueKind != JsonValueKind.String
                    || !attempt.TryGetProperty("rating", out var rating) || rating.ValueKind != JsonValueKind.String)
                {
                    continue;
                }
                var tally = rating.GetString() switch
                {
                    "nailed" => new PracticeTally(1, 0, 0),
                    "shaky" => new PracticeTally(0, 1, 0),
                    "missed" => new PracticeTally(0, 0, 1),
                    _ => default,
                };
                if (tally.Attempts == 0) continue;
                var id = pattern.GetString()!;
                tallies[id] = tallies.GetValueOrDefault(id) + tally;
            }
            return new PracticeRecord { ByPattern = tallies };
        }
        catch (JsonException e)
        {
            Warn(diagnostics, path, (int)(e.LineNumber ?? 0) + 1, $"the practice log is not valid JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')}); it is ignored.");
            return PracticeRecord.None;
        }
    }

    private static void Warn(DiagnosticBag diagnostics, string path, int line, string message) =>
        diagnostics.Add(new SourceLocation(path, line, 1), Severity.Warning, RuleId, message,
            "export the log again from the practice page, or delete the file.");
}

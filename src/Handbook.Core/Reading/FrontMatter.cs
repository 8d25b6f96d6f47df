using Handbook.Diagnostics;

namespace Handbook.Reading;

/// <summary>A story file split into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The text between the <c>---</c> fences.</param>
/// <param name="YamlLine">The file line where <paramref name="Yaml"/> starts.</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="BodyLine">The file line where <paramref name="Body"/> starts.</param>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    private const string Fence = "---";
    private const string AlternateEnd = "...";

    /// <summary>
    /// Splits normalised story text. Returns null and reports a <see cref="RuleIds.FrontMatter"/> error when
    /// the file does not start with a fence or the fence is never closed.
    /// </summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        // A scan over line ends: the file is cut twice, never split into lines and joined again.
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).TrimEnd() is not Fence)
        {
            diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.FrontMatter,
                "the story has no front matter.",
                "start the file with a `---` line, then `title:`, `competencies:`, `patterns:` and `level:`, then another `---` line.");
            return null;
        }
        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        var line = 2;
        for (var start = yamlStart; start < text.Length || (start == text.Length && text.EndsWith('\n')); line++)
        {
            var end = LineEnd(text, start);
            if (text.AsSpan(start, end - start).TrimEnd() is Fence or AlternateEnd)
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end >= text.Length) break;
            start = end + 1;
        }
        diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.FrontMatter,
            "the front matter that starts on line 1 is never closed.",
            "add a `---` line after the last front-matter field.");
        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}

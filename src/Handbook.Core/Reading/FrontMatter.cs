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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.FrontMatter,
                "the story has no front matter.",
                "start the file with a `---` line, then `title:`, `competencies:`, `patterns:` and `level:`, then another `---` line.");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is Fence or AlternateEnd)
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.FrontMatter,
            "the front matter that starts on line 1 is never closed.",
            "add a `---` line after the last front-matter field.");
        return null;
    }
}

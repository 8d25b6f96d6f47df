using Handbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handbook.Reading;

/// <summary>Parses YAML text into a node tree, reporting syntax errors at their line in the original file.</summary>
internal static class YamlSource
{
    /// <summary>
    /// The root node of the single document in <paramref name="yaml"/>; null when the text is empty or
    /// does not parse (a <see cref="RuleIds.YamlSyntax"/> error is reported then).
    /// </summary>
    /// <param name="yaml">The YAML text (LF line endings).</param>
    /// <param name="path">The file it came from.</param>
    /// <param name="firstLine">The file line where <paramref name="yaml"/> starts (front matter starts on line 2).</param>
    /// <param name="diagnostics">Where syntax errors go.</param>
    public static YamlNode? Parse(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            return Load(yaml);
        }
        catch (YamlException e)
        {
            Report(path, firstLine + (int)Math.Max(0, e.Start.Line - 1), (int)Math.Max(1, e.Start.Column), e.Message, diagnostics);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The parser sometimes fails without a position (an unclosed flow list, for one); find the line ourselves.
            Report(path, firstLine + FirstFailingLine(yaml) - 1, 1, "the parser could not read it", diagnostics);
            return null;
        }
    }

    private static YamlNode? Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    // The 1-based line where the shortest failing prefix of the text ends; only used on the error path.
    private static int FirstFailingLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var count = 1; count <= lines.Length; count++)
        {
            try
            {
                Load(string.Join('\n', lines, 0, count));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
            {
                return count;
            }
        }
        return 1;
    }

    private static void Report(string path, int line, int column, string message, DiagnosticBag diagnostics) =>
        diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.YamlSyntax,
            $"invalid YAML: {message.TrimEnd('.')}.",
            "check indentation, colons, brackets and quotes on this line; quote values that contain ': ' or start with a special character.");

    /// <summary>The file position of a node, given where the YAML starts in the file.</summary>
    public static (int Line, int Column) Position(YamlNode node, int firstLine) =>
        (firstLine + (int)Math.Max(0, node.Start.Line - 1), (int)Math.Max(1, node.Start.Column));
}

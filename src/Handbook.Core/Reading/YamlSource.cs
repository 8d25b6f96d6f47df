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
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            diagnostics.Add(new SourceLocation(path, line, (int)Math.Max(1, e.Start.Column)), Severity.Error,
                RuleIds.YamlSyntax, $"invalid YAML: {e.Message.TrimEnd('.')}.",
                "check indentation, colons and quotes on this line; quote values that contain ': ' or start with a special character.");
            return null;
        }
    }

    /// <summary>The file position of a node, given where the YAML starts in the file.</summary>
    public static (int Line, int Column) Position(YamlNode node, int firstLine) =>
        (firstLine + (int)Math.Max(0, node.Start.Line - 1), (int)Math.Max(1, node.Start.Column));
}

namespace Handbook.Diagnostics;

/// <summary>One problem found in the input, reported compiler style.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Severity">Error (fails the build) or warning.</param>
/// <param name="RuleId">The stable rule name, e.g. <c>missing-metric</c>.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Help">How to fix it, in one sentence; may be empty.</param>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string RuleId, string Message, string Help = "")
{
    /// <summary>True when this diagnostic fails the build.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The one-line compiler-style form: <c>path:line:col: error rule-id: message (help)</c>.
    /// </summary>
    /// <param name="relativeTo">Directory the path is shown relative to (usually the current directory).</param>
    public string Format(string? relativeTo = null)
    {
        var path = DisplayPath(Location.Path, relativeTo);
        var help = string.IsNullOrEmpty(Help) ? "" : $" Fix: {Help}";
        // Messages quote the user's text: printed, it may not move the cursor, recolour the terminal or break the line.
        return PrintableText.Clean($"{path}:{Location.Line}:{Location.Column}: {Severity.ToName()} {RuleId}: {Message}{help}");
    }

    /// <summary>Shows <paramref name="path"/> relative to <paramref name="relativeTo"/> with forward slashes.</summary>
    public static string DisplayPath(string path, string? relativeTo)
    {
        if (string.IsNullOrEmpty(path)) return "<input>";
        var shown = relativeTo is null || !System.IO.Path.IsPathRooted(path)
            ? path
            : System.IO.Path.GetRelativePath(relativeTo, path);
        return shown.Replace('\\', '/');
    }
}

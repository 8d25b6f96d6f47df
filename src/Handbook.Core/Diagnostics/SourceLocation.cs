namespace Handbook.Diagnostics;

/// <summary>A 1-based line and column in a source file.</summary>
/// <param name="Path">The file, as given to the engine (made relative when printed).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that points at a whole file rather than a line in it.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>The same file, another line and column.</summary>
    public SourceLocation At(int line, int column = 1) => new(Path, line, column);
}

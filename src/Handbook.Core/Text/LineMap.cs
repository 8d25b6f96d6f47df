namespace Handbook.Text;

/// <summary>Converts character offsets in a text to 1-based line and column numbers.</summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    /// <summary>Indexes the line starts of <paramref name="text"/> (which uses <c>\n</c> line endings).</summary>
    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>How many lines the text has (one more than its line feeds).</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}

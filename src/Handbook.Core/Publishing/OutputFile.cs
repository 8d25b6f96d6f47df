using System.Text;

namespace Handbook.Publishing;

/// <summary>One file of the generated site, held in memory until the whole build has succeeded.</summary>
/// <param name="Path">Path relative to the output folder, with forward slashes.</param>
/// <param name="Content">The bytes to write.</param>
public sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A text file, encoded as UTF-8 without a BOM.</summary>
    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));
}

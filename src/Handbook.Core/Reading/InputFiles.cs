using System.Text;
using Handbook.Diagnostics;
using Handbook.Text;

namespace Handbook.Reading;

/// <summary>The one way input files are read: decoded strictly, size-limited, and failures reported, never thrown.</summary>
public static class InputFiles
{
    /// <summary>Largest input file read. A story is a few kilobytes; anything this big is a mistake.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of <paramref name="path"/>, normalised (no BOM, LF line endings); null when the file is
    /// missing (reported unless <paramref name="optional"/>), unreadable, too large or not valid text.
    /// </summary>
    public static string? TryReadText(string path, DiagnosticBag diagnostics, bool optional = false)
    {
        try
        {
            if (!File.Exists(path))
            {
                if (!optional)
                {
                    diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.Unreadable, "the file does not exist.", "check the path.");
                }
                return null;
            }
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.Unreadable,
                    $"the file is {info.Length / 1024} KiB; files over {MaxFileBytes / 1024} KiB are not read.",
                    "split it, or move large material out of the handbook.");
                return null;
            }
            return Decode(File.ReadAllBytes(path), path, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.Unreadable, $"cannot read the file: {e.Message}",
                "check that it exists and that you may read it.");
            return null;
        }
    }

    /// <summary>
    /// As <see cref="TryReadText(string, DiagnosticBag, bool)"/>, for a file of the input folder: a link that leads
    /// outside <paramref name="inputDirectory"/> is reported at the link and not read, so a link cannot publish a file
    /// from elsewhere on the machine.
    /// </summary>
    public static string? TryReadInputText(string path, string inputDirectory, DiagnosticBag diagnostics, bool optional = false)
    {
        if (File.Exists(path))
        {
            var real = Publishing.RealPath.Resolve(path);
            if (!Publishing.RealPath.IsSameOrInside(real, Publishing.RealPath.Resolve(inputDirectory)))
            {
                diagnostics.Add(SourceLocation.File(path), Severity.Error, RuleIds.Unreadable,
                    $"the file is a link to `{real}`, outside the input folder; it is not read.", "copy the file into the input folder instead of linking to it.");
                return null;
            }
        }
        return TryReadText(path, diagnostics, optional);
    }

    /// <summary>Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; reports anything else at its line.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        string text;
        if (bytes is [0xFF, 0xFE, ..]) text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes is [0xFE, 0xFF, ..]) text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
                diagnostics.Add(new SourceLocation(path, line, 1), Severity.Error, RuleIds.Unreadable,
                    "the file is not valid UTF-8 text.", "save it as UTF-8 in your editor.");
                return null;
            }
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, column) = new LineMap(text).Locate(nul);
            diagnostics.Add(new SourceLocation(path, line, column), Severity.Error, RuleIds.Unreadable,
                "the file contains a NUL character; it is not a text file.", "remove the character or save the file as UTF-8 text.");
            return null;
        }
        return TextNormalizer.Normalize(text);
    }
}

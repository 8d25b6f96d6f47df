using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Handbook.Tests.Support;

/// <summary>poppler's pdfinfo and pdftotext: the authority on how many pages a PDF has and what it says.</summary>
public static partial class PdfTools
{
    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    public static bool Available => File.Exists("/usr/bin/pdfinfo") && File.Exists("/usr/bin/pdftotext");

    public static int Pages(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var match = PagesLine().Match(info);
        Assert.True(match.Success, $"pdfinfo printed no page count: {info}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of the PDF in drawing order (-raw keeps columns apart), white space folded to single spaces.</summary>
    public static string Text(string pdf) => string.Join(' ', Run("pdftotext", "-raw", pdf, "-").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Handbook.Cli.Printing;

/// <summary>Prints a page of the built site to PDF with a headless Chromium.</summary>
internal sealed partial class PdfPrinter(string chromium)
{
    /// <summary>Longest a single page may take to print before Chromium is stopped.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Time Chromium gives the page's scripts (the cheat sheet's fitting) before printing.</summary>
    private const int ScriptBudgetMilliseconds = 5000;

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    /// <summary>Prints <paramref name="page"/> (a file in the site) to <paramref name="pdf"/> on the given paper.</summary>
    /// <returns>An error message, or null when the PDF was written.</returns>
    public string? Print(string page, string pdf, string paper)
    {
        var profile = Directory.CreateTempSubdirectory("handbook-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(page, pdf, paper, profile.FullName)) start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"Chromium did not finish printing {Path.GetFileName(page)} within {Timeout.TotalSeconds:0} s.";
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                var detail = errors.Result.Split('\n').FirstOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal))?.Trim();
                return $"Chromium could not print {Path.GetFileName(page)} (exit code {process.ExitCode}){(detail is null ? "" : ": " + detail)}.";
            }
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"cannot start {chromium}: {e.Message}";
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { /* a leftover temp profile is harmless */ }
        }
    }

    /// <summary>Pages in a PDF that Chromium wrote (one <c>/Type /Page</c> object each).</summary>
    public static int CountPages(string pdf) => PageObject().Count(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));

    private static IEnumerable<string> Arguments(string page, string pdf, string paper, string profile)
    {
        yield return "--headless";
        // Chromium refuses to run as root with its sandbox on (containers, CI).
        if (Environment.UserName == "root") yield return "--no-sandbox";
        foreach (var flag in new[] { "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer" })
        {
            yield return flag;
        }
        yield return $"--user-data-dir={profile}";
        yield return $"--virtual-time-budget={ScriptBudgetMilliseconds}";
        yield return $"--print-to-pdf={pdf}";
        yield return new Uri(Path.GetFullPath(page)).AbsoluteUri + $"#paper={paper}";
    }
}

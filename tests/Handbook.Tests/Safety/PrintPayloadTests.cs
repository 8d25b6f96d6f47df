using Handbook.Pipeline;
using Handbook.Tests.Cli;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>
/// The PDFs of <c>print --stories</c> are printed by a browser, so markup from a user's file could run there too:
/// a payload in a competency title (shown as a chip) and in a story's title and body must print as text.
/// </summary>
public class PrintPayloadTests
{
    // If it ran, it would print SCRIPT-RAN; as text it prints with the quotes and the plus between the halves.
    private const string Payload = "<img src=x onerror=\"document.body.prepend('SCRIPT'+'-RAN')\"><script>document.write('SCRIPT'+'-RAN')</script>";

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [PrintFact]
    public void Story_pdfs_print_payloads_as_text_and_run_none()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var config = Path.Combine(input, "handbook.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title: Ownership", $"title: {Yaml("Ownership " + Payload)}"));
        var story = Directory.EnumerateFiles(Path.Combine(input, "stories"), "*.md").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(story);
        var titleLine = text.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal));
        File.WriteAllText(story, text.Replace(titleLine, $"title: {Yaml("Payload " + Payload)}") + "\nAnd then " + Payload + "\n");
        var output = dir.Combine("out");

        var (exitCode, stdout, stderr) = CliRunner.Run("print", "--stories", "--input", input, "--output", output, "--theme", Paths.Theme,
            "--chromium", Chromium.ExecutablePath);

        Assert.True(exitCode == ExitCodes.Success, stdout + stderr);
        var pdfs = Directory.GetFiles(Path.Combine(output, "pdf"), "*.pdf");
        Assert.NotEmpty(pdfs);
        var printed = PdfTools.Text(Path.Combine(output, "pdf", Path.GetFileNameWithoutExtension(story) + ".pdf"));
        Assert.Contains("onerror", printed);
        Assert.Contains("Payload", printed);
        Assert.All(pdfs.Append(Path.Combine(output, "cheatsheet.pdf")), pdf => Assert.DoesNotContain("SCRIPT-RAN", PdfTools.Text(pdf)));
    }
}

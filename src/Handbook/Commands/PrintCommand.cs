using Handbook.Cli.Output;
using System.CommandLine;
using Handbook.Cli.Printing;
using Handbook.Pipeline;
using Handbook.Rendering;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook print</c>: build, then print the cheat sheet (and optionally each story) to PDF.</summary>
internal static class PrintCommand
{
    /// <summary>The cheat sheet's PDF, in the output folder.</summary>
    public const string CheatsheetPdf = "cheatsheet.pdf";

    /// <summary>The folder of per-story PDFs, in the output folder.</summary>
    public const string StoryPdfFolder = "pdf";

    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output", "-o") { Description = "The site folder; the PDFs are written into it.", DefaultValueFactory = _ => "output" };
        var theme = CommonOptions.Theme();
        var paper = new Option<string>("--paper")
        {
            Description = "Paper size: a4 or letter.",
            DefaultValueFactory = _ => "a4",
        };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var stories = new Option<bool>("--stories") { Description = $"Also print every story to {StoryPdfFolder}/<slug>.pdf." };
        var chromium = new Option<string?>("--chromium") { Description = $"The Chromium or Chrome to print with (default: found on PATH, or ${ChromiumLocator.EnvironmentVariable})." };
        var quiet = CommonOptions.Quiet();
        var command = new Command("print", """
            Build the site, then print the one-page cheat sheet to output/cheatsheet.pdf with a local Chromium.
            Examples:
              handbook print
              handbook print --paper letter --stories
            """)
        {
            input, output, theme, paper, stories, chromium, quiet,
        };
        command.SetAction(parse =>
        {
            var browser = ChromiumLocator.Find(parse.GetValue(chromium));
            if (browser is null)
            {
                console.Profile.Out.Writer.WriteLine(ChromiumLocator.InstallHelp);
                return ExitCodes.Unusable;
            }
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                ThemeDirectory = parse.GetValue(theme),
                WorkingDirectory = Directory.GetCurrentDirectory(),
            };
            var result = BuildCommand.Execute(console, options, parse.GetValue(quiet));
            if (!result.Published) return result.ExitCode;

            var site = Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);
            var printer = new PdfPrinter(browser);
            var size = parse.GetValue(paper)!;
            var jobs = new List<(string Page, string Pdf)> { (SiteRenderer.CheatsheetPath, CheatsheetPdf) };
            if (parse.GetValue(stories))
            {
                Directory.CreateDirectory(Path.Combine(site, StoryPdfFolder));
                jobs.AddRange(result.Index!.Stories.Select(s => (Links.StoryPath(s.Slug), $"{StoryPdfFolder}/{s.Slug}.pdf")));
            }
            foreach (var (page, pdf) in jobs)
            {
                var target = Path.Combine(site, pdf);
                if (printer.Print(Path.Combine(site, page), target, size) is { } problem)
                {
                    console.Profile.Out.Writer.WriteLine($"error: {problem}");
                    return ExitCodes.Unusable;
                }
                var pages = PdfPrinter.CountPages(target);
                var shown = Path.GetRelativePath(options.WorkingDirectory, target).Replace('\\', '/');
                console.Profile.Out.Writer.WriteLine($"Printed {shown} ({Reporter.Count(pages, "page")}, {size}).");
                if (pdf == CheatsheetPdf && pages > 1)
                {
                    console.Profile.Out.Writer.WriteLine("warning: the cheat sheet took more than one page; mark fewer stories with `cheatsheet: true`.");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}

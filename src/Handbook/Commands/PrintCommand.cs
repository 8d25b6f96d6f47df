using Handbook.Cli.Output;
using System.CommandLine;
using Handbook.Cli.Printing;
using Handbook.Pipeline;
using Handbook.Rendering;
using Handbook.Targets;
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
        var target = new Option<string?>("--target")
        {
            Description = $"Print the one-page plan of one target loop (input/targets/<id>.yml) to {TargetPages.Folder}/<id>.pdf instead of the cheat sheet.",
        };
        var chromium = new Option<string?>("--chromium") { Description = $"The Chromium or Chrome to print with (default: found on PATH, or ${ChromiumLocator.EnvironmentVariable})." };
        var quiet = CommonOptions.Quiet();
        var share = CommonOptions.Share();
        var command = new Command("print", """
            Build the site, then print the one-page cheat sheet to output/cheatsheet.pdf with a local Chromium.
            Examples:
              handbook print
              handbook print --paper letter --stories
              handbook print --target lantern-freight
              handbook print --share
            """)
        {
            input, output, theme, paper, stories, target, chromium, share, quiet,
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
                Share = parse.GetValue(share),
                WorkingDirectory = Directory.GetCurrentDirectory(),
            };
            if (options.Share && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Handbook.Sharing.PassphraseLock.EnvironmentVariable)))
            {
                // A PDF of a locked page would print the passphrase form; print the redacted pages instead, and say so.
                console.Profile.Out.Writer.WriteLine($"note: print does not lock: ${Handbook.Sharing.PassphraseLock.EnvironmentVariable} is ignored, and the PDFs and the site in " +
                    $"{options.OutputDirectory}/ are the redacted share version, readable by anyone who has the files.");
            }
            var result = BuildCommand.Execute(console, options, parse.GetValue(quiet));
            if (!result.Published) return result.ExitCode;

            var site = Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);
            var printer = new PdfPrinter(browser);
            var size = parse.GetValue(paper)!;
            var jobs = new List<(string Page, string Pdf)> { (SiteRenderer.CheatsheetPath, CheatsheetPdf) };
            if (parse.GetValue(target) is { } id)
            {
                var known = result.Targets.Select(t => t.Target.Id).ToList();
                if (!known.Contains(id))
                {
                    var hint = known.Count == 0
                        ? $"the handbook has no target loops; add one as {Handbook.Targets.TargetReader.Folder}/<id>.yml in the input folder."
                        : Handbook.Text.NearestMatch.Find(id, known) is { } near ? $"did you mean `{near}`?" : $"known targets: {string.Join(", ", known)}.";
                    console.Profile.Out.Writer.WriteLine($"error: there is no target `{id}`; {hint}");
                    return ExitCodes.Unusable;
                }
                Directory.CreateDirectory(Path.Combine(site, TargetPages.Folder));
                jobs = [(TargetPages.PagePath(id), $"{TargetPages.Folder}/{id}.pdf")];
            }
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
                Publishing.OutputOwnership.Record(site, [pdf]);
                var pages = PdfPrinter.CountPages(target);
                var shown = Path.GetRelativePath(options.WorkingDirectory, target).Replace('\\', '/');
                console.Profile.Out.Writer.WriteLine($"Printed {shown} ({Reporter.Count(pages, "page")}, {size}).");
                if (pdf == CheatsheetPdf && pages > 1)
                {
                    console.Profile.Out.Writer.WriteLine("warning: the cheat sheet took more than one page; mark fewer stories with `cheatsheet: true`.");
                }
                else if (pdf.StartsWith(TargetPages.Folder + "/", StringComparison.Ordinal) && pages > 1)
                {
                    console.Profile.Out.Writer.WriteLine("warning: the plan took more than one page; a loop with fewer values or rounds per file fits better.");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}

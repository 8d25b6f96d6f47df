using System.CommandLine;
using Handbook.Cli.Output;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook build</c>: validate the stories and write the site.</summary>
internal static class BuildCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder the site replaces. It is swapped in only when the build succeeds.",
            DefaultValueFactory = _ => "output",
        };
        var theme = CommonOptions.Theme();
        var drafts = CommonOptions.Drafts();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var share = CommonOptions.Share();
        var checkLinks = CommonOptions.CheckLinks();
        var baseUrl = new Option<string?>("--base-url") { Description = "The published address (overrides baseUrl in handbook.yml), for canonical links, previews and the sitemap." };
        var command = new Command("build", """
            Validate every story and build the static site.
            Examples:
              handbook build
              handbook build --input my-stories --output public --drafts
              handbook build --share
            """)
        {
            input, output, theme, drafts, share, quiet, verbose, baseUrl, checkLinks,
        };
        command.SetAction(parse => Execute(console, new BuildOptions
        {
            InputDirectory = parse.GetValue(input)!,
            OutputDirectory = parse.GetValue(output)!,
            ThemeDirectory = parse.GetValue(theme),
            IncludeDrafts = parse.GetValue(drafts),
            CheckLinks = parse.GetValue(checkLinks) ? true : null,
            BaseUrl = parse.GetValue(baseUrl),
            Share = parse.GetValue(share),
            Lock = CommonOptions.LockFromEnvironment(parse.GetValue(share)),
            WorkingDirectory = Directory.GetCurrentDirectory(),
        }, parse.GetValue(quiet), parse.GetValue(verbose)).ExitCode);
        return command;
    }

    /// <summary>Builds, prints the diagnostics and a one-line outcome, and returns the result.</summary>
    public static BuildResult Execute(IAnsiConsole console, BuildOptions options, bool quiet, bool verbose = false)
    {
        // A spinner only where someone watches a terminal; logs get plain lines.
        var interactive = console.Profile.Capabilities.Interactive && !quiet;
        var result = interactive
            ? console.Status().Start("Building the handbook…", _ => HandbookPipeline.Build(options))
            : HandbookPipeline.Build(options);
        var reporter = new Reporter(console, options.WorkingDirectory, quiet);
        reporter.Diagnostics(result);
        if (verbose) reporter.Stages(result);
        if (result.Published)
        {
            var where = Path.GetRelativePath(options.WorkingDirectory, Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory)).Replace('\\', '/');
            if (interactive) reporter.Table(result, where);
            reporter.Success($"Built {Reporter.Count(result.Index!.Stories.Count, "story", "stories")} " +
                $"({Reporter.Count(result.PageCount, "page")}) into {where}/ in {result.Elapsed.TotalSeconds:0.00} s.");
            if (result.Shared is { } shared) reporter.Success(ShareNote(shared));
            reporter.LinkCheckSkipped(result);
        }
        else if (result.ErrorCount > 0)
        {
            // Said only when it is true: a first build, or one whose output was refused, had no site to keep.
            console.WriteLine(result.PreviousSiteKept ? "Build failed; the previous site was left as it was." : "Build failed; nothing was written.");
        }
        return result;
    }

    /// <summary>The closing line of a share build: what was replaced and what was scanned.</summary>
    public static string ShareNote(ShareSummary shared) => (shared.Terms == 0
        ? $"Share version: no confidential terms are listed (add `confidential:` to handbook.yml); scanned {Reporter.Count(shared.Files, "file")}."
        : $"Share version: {Reporter.Count(shared.Terms, "confidential term")} replaced; scanned {Reporter.Count(shared.Files, "file")} " +
          $"({shared.Bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes: paths, pages, data, assets) and found none of them.")
        + (shared.Locked
            ? $" Locked with ${Handbook.Sharing.PassphraseLock.EnvironmentVariable}: story text, search, practice and cheat sheet are encrypted."
            : "");
}

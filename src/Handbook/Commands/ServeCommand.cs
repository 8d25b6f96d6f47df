using System.CommandLine;
using Handbook.Cli.Output;
using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook serve</c>: preview with live reload.</summary>
internal static class ServeCommand
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var drafts = CommonOptions.Drafts();
        var quiet = CommonOptions.Quiet();
        var share = CommonOptions.Share();
        var checkLinks = CommonOptions.CheckLinks();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("serve", """
            Build the site in memory, serve it on 127.0.0.1, rebuild when input/ or the theme changes, and
            reload open pages. Errors are shown in the terminal and over the page until fixed. Ctrl+C stops.
            Examples:
              handbook serve
              handbook serve --port 8080 --drafts
            """)
        {
            input, theme, drafts, share, port, quiet, checkLinks,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var cwd = Directory.GetCurrentDirectory();
            var reporter = new Reporter(console, cwd, parse.GetValue(quiet));
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(input)!,
                ThemeDirectory = parse.GetValue(theme),
                IncludeDrafts = parse.GetValue(drafts),
                Share = parse.GetValue(share),
                Lock = CommonOptions.LockFromEnvironment(parse.GetValue(share)),
                CheckLinks = parse.GetValue(checkLinks) ? true : null,
                WorkingDirectory = cwd,
            };
            if (!Directory.Exists(Path.GetFullPath(options.InputDirectory, cwd)))
            {
                console.Profile.Out.Writer.WriteLine($"error: the input folder {options.InputDirectory} does not exist.");
                return ExitCodes.Unusable;
            }
            var first = true;
            void Built(BuildResult result, TimeSpan took)
            {
                reporter.Diagnostics(result);
                if (first) reporter.LinkCheckSkipped(result);
                if (!first) reporter.Success($"Rebuilt in {took.TotalMilliseconds:0} ms.");
                first = false;
            }

            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, parse.GetValue(port), Built);
            }
            catch (IOException e)
            {
                console.Profile.Out.Writer.WriteLine($"error: cannot listen on 127.0.0.1:{parse.GetValue(port)} ({e.Message}); pass another --port.");
                return ExitCodes.Unusable;
            }
            await using (server)
            {
                console.Profile.Out.Writer.WriteLine($"Serving {server.Address} (watching {options.InputDirectory} and the theme; Ctrl+C to stop)");
                var stopped = new TaskCompletionSource();
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    stopped.TrySetResult();
                };
                Console.CancelKeyPress += onCancel;
                try
                {
                    await Task.WhenAny(stopped.Task, Task.Delay(Timeout.Infinite, cancel));
                }
                finally
                {
                    Console.CancelKeyPress -= onCancel;
                }
            }
            console.Profile.Out.Writer.WriteLine("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }
}

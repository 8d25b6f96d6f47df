using System.CommandLine;
using Handbook.Cli.Output;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook check</c>: run validation only and write nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var quiet = CommonOptions.Quiet();
        var command = new Command("check", """
            Validate every story without writing anything. Same exit codes as build.
            Examples:
              handbook check
              handbook check --input my-stories
            """)
        {
            input, quiet,
        };
        command.SetAction(parse =>
        {
            var cwd = Directory.GetCurrentDirectory();
            var result = HandbookPipeline.Check(new BuildOptions { InputDirectory = parse.GetValue(input)!, WorkingDirectory = cwd });
            new Reporter(console, cwd, parse.GetValue(quiet)).Diagnostics(result);
            return result.ExitCode;
        });
        return command;
    }
}

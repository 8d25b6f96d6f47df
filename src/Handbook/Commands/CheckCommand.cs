using System.CommandLine;
using Handbook.Cli.Output;
using Handbook.Cli.Output.Formats;
using Handbook.Pipeline;
using Handbook.Validation;
using Spectre.Console;

namespace Handbook.Cli.Commands;

/// <summary><c>handbook check</c>: run validation only and write nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var input = CommonOptions.Input();
        var quiet = CommonOptions.Quiet();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (for people), json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(DiagnosticFormat.Names);
        var command = new Command("check", """
            Validate every story without writing anything. Same exit codes as build.
            Examples:
              handbook check
              handbook check --format sarif > handbook.sarif
              handbook check --format github      (in a GitHub Actions step)
            """)
        {
            input, format, quiet,
        };
        command.SetAction(parse =>
        {
            var cwd = Directory.GetCurrentDirectory();
            var rules = RuleSet.CreateDefault();
            var result = HandbookPipeline.Check(new BuildOptions { InputDirectory = parse.GetValue(input)!, WorkingDirectory = cwd, Rules = rules });
            var chosen = parse.GetValue(format)!;
            if (chosen == "text")
            {
                new Reporter(console, cwd, parse.GetValue(quiet)).Diagnostics(result);
            }
            else
            {
                var writer = console.Profile.Out.Writer;
                DiagnosticFormat.All.Single(f => f.Name == chosen).Write(result, rules, cwd, writer);
                writer.Flush();
            }
            return result.ExitCode;
        });
        return command;
    }
}

using System.CommandLine;
using Handbook.Cli.Commands;
using Handbook.Pipeline;
using Spectre.Console;

namespace Handbook.Cli;

/// <summary>The <c>handbook</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line; returns the process exit code.</summary>
    public static int Main(string[] args) => Run(args, CreateConsole(), Console.Out, Console.Error);

    // Colour only for a terminal: piped or redirected output (CI logs, editors, grep) gets plain text.
    private static IAnsiConsole CreateConsole() => Console.IsOutputRedirected
        ? AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        })
        : AnsiConsole.Console;

    /// <summary>Runs with the given console and writers, so tests can capture the output.</summary>
    internal static int Run(string[] args, IAnsiConsole console, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Handbook: turns your behavioral-interview stories into a searchable, printable prep site.")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            PrintCommand.Create(console),
            NewCommand.Create(console),
            SchemaCommand.Create(console),
            InitCommand.Create(console),
            ServeCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine($"handbook: {problem.Message}");
            error.WriteLine("Run `handbook --help` for usage.");
            return ExitCodes.Unusable;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bad input is reported as diagnostics; anything that still escapes is our bug, told in one line.
            error.WriteLine($"handbook: internal error: {e.Message} (set {DebugVariable}=1 for details, and please report it)");
            if (Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 }) error.WriteLine(e);
            return ExitCodes.Unusable;
        }
    }

    /// <summary>Set to print the stack trace of an internal error.</summary>
    public const string DebugVariable = "HANDBOOK_DEBUG";
}

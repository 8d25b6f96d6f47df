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
            foreach (var problem in Problems(root, parse, args)) error.WriteLine($"handbook: {problem}");
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

    // Without a known command System.CommandLine reports both "Required command was not provided" and the
    // unrecognized word; the user made one mistake, so it gets one line, with the commands there are.
    private static IEnumerable<string> Problems(RootCommand root, ParseResult parse, string[] args)
    {
        if (parse.CommandResult.Command != root) return parse.Errors.Select(e => e.Message).Distinct();
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        var list = string.Join(", ", commands);
        var first = parse.UnmatchedTokens.FirstOrDefault();
        if (first is null) return args.Length == 0 ? [$"no command given. Commands: {list}."] : parse.Errors.Select(e => e.Message).Distinct();
        if (first.StartsWith('-')) return [$"unknown option '{first}'. Options go after a command: handbook <command> {first}. Commands: {list}."];
        var guess = Text.NearestMatch.Find(first, commands) is { } match ? $" Did you mean `{match}`?" : "";
        return [$"unknown command '{first}'.{guess} Commands: {list}."];
    }

    /// <summary>Set to print the stack trace of an internal error.</summary>
    public const string DebugVariable = "HANDBOOK_DEBUG";
}

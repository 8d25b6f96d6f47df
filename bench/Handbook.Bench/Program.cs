using Handbook.Bench;

// Usage:
//   generate <dir> [--count N] [--seed S]   write a synthetic handbook
//   search [--count N] [--seed S]           index size and keystroke-to-results latency in Chromium
//   build --tool T [--sizes 10,100,1000,10000] [--runs N] [--hugo auto|off|PATH]  cold builds of the published tool, beside Hugo when on PATH
//   serve [--count N] [--edits N] [--tool T] serve: time from saving one story to the reload event (in process, or the tool T as its own process)
var command = args.Length > 0 ? args[0] : "help";
var options = Arguments.Parse(args.Skip(1).ToArray());
return command switch
{
    "generate" => Generate.Run(options),
    "search" => await SearchBench.RunAsync(options),
    "build" => BuildBench.Run(options),
    "serve" => await ServeBench.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Handbook.Bench generate <dir> [--count N] [--seed S] | search [--count N] | build --tool T [--sizes 10,100,1000,10000] [--runs N] [--hugo auto|off|PATH] | serve [--count N] [--edits N] [--tool T]");
    return 2;
}

namespace Handbook.Bench;

/// <summary>Whole-process build timings; filled in by the performance work.</summary>
internal static class BuildBench
{
    public static int Run(Arguments args)
    {
        Console.Error.WriteLine("build: not implemented yet.");
        return 2;
    }
}

using Handbook.Corpus;

namespace Handbook.Bench;

internal static class Generate
{
    public static int Run(Arguments args)
    {
        if (args.Positional.Count == 0)
        {
            Console.Error.WriteLine("generate: name the folder to write.");
            return 2;
        }
        var written = CorpusGenerator.Write(args.Positional[0], args.Int("count", 100), args.Int("seed", 1));
        Console.WriteLine($"Wrote {written.Count} stories to {args.Positional[0]}");
        return 0;
    }
}

namespace Handbook.Bench;

/// <summary>Positional arguments and <c>--name value</c> options.</summary>
internal sealed record Arguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Named)
{
    public static Arguments Parse(string[] args)
    {
        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) named[args[i][2..]] = args[++i];
            else positional.Add(args[i]);
        }
        return new Arguments(positional, named);
    }

    public int Int(string name, int fallback) => Named.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public string Text(string name, string fallback) => Named.GetValueOrDefault(name, fallback);
}

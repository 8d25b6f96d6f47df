using Handbook.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace Handbook.Tests.Sharing;

/// <summary>The repository's netlify.toml, parsed.</summary>
internal static class NetlifyConfig
{
    public static TomlTable Read() => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Paths.Repository, "netlify.toml")))!;

    /// <summary>The headers netlify.toml sets for every path.</summary>
    public static IReadOnlyDictionary<string, string> Headers()
    {
        var headers = (TomlTableArray)Read()["headers"];
        var all = headers.Single(h => (string)h["for"] == "/*");
        return ((TomlTable)all["values"]).ToDictionary(v => v.Key, v => (string)v.Value!);
    }
}

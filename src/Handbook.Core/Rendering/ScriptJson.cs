using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Handbook.Practice;
using Handbook.Searching;

namespace Handbook.Rendering;

/// <summary>
/// JSON for the data scripts the theme loads with <c>&lt;script&gt;</c> tags. The serializers are generated at
/// compile time: no reflection at run time, which saves a cold build a noticeable start-up cost.
/// </summary>
internal static class ScriptJson
{
    // The default encoder escapes <, >, &, ' and non-ASCII, so nothing a user wrote can close the script.
    private static readonly ScriptJsonContext Context = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    /// <summary>The search index.</summary>
    public static string Serialize(SearchData data) => JsonSerializer.Serialize(data, Context.SearchData);

    /// <summary>A shard of section texts: <c>[heading, anchor, text]</c> per section, per story.</summary>
    public static string Serialize(string[][][] texts) => JsonSerializer.Serialize(texts, Context.StringArrayArrayArray);

    /// <summary>The practice data.</summary>
    public static string Serialize(PracticeData data) => JsonSerializer.Serialize(data, Context.PracticeData);
}

[JsonSerializable(typeof(SearchData))]
[JsonSerializable(typeof(PracticeData))]
[JsonSerializable(typeof(string[][][]))]
internal sealed partial class ScriptJsonContext : JsonSerializerContext;

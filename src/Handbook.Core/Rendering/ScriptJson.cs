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

    /// <summary>The script <c>{before}{search index as JSON}{after}</c>, as UTF-8.</summary>
    public static byte[] Script(string before, SearchData data, string after) => Script(before, data, Context.SearchData, after);

    /// <summary>The script <c>{before}{texts as JSON}{after}</c>, as UTF-8: <c>[heading, anchor, text]</c> per section, per story.</summary>
    public static byte[] Script(string before, string[][][] texts, string after) => Script(before, texts, Context.StringArrayArrayArray, after);

    /// <summary>The script <c>{before}{practice data as JSON}{after}</c>, as UTF-8.</summary>
    public static byte[] Script(string before, PracticeData data, string after) => Script(before, data, Context.PracticeData, after);

    // Straight to UTF-8 in a pooled buffer: the search index of a large bank is megabytes, and it is copied once, at the end.
    private static byte[] Script<T>(string before, T value, JsonTypeInfo<T> info, string after)
    {
        using var script = new Utf8PageWriter();
        script.Write(before);
        using (var json = new Utf8JsonWriter(script, new JsonWriterOptions { Encoder = Context.Options.Encoder }))
        {
            JsonSerializer.Serialize(json, value, info);
        }
        script.Write(after);
        return script.Written.ToArray();
    }
}

[JsonSerializable(typeof(SearchData))]
[JsonSerializable(typeof(PracticeData))]
[JsonSerializable(typeof(string[][][]))]
internal sealed partial class ScriptJsonContext : JsonSerializerContext;

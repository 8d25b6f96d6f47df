using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Handbook.Rendering;

/// <summary>
/// JSON for the data scripts the theme loads with <c>&lt;script&gt;</c> tags. Each feature generates the serializers
/// of its own data at compile time (a <c>JsonSerializerContext</c> made with <see cref="Options"/>): no reflection at
/// run time, which saves a cold build a noticeable start-up cost.
/// </summary>
internal static class ScriptJson
{
    /// <summary>
    /// Options for a feature's serializer context. The default encoder escapes &lt;, &gt;, &amp;, ' and non-ASCII, so
    /// nothing a user wrote can close the script.
    /// </summary>
    public static JsonSerializerOptions Options() => new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The script <c>{before}{value as JSON}{after}</c>, as UTF-8.</summary>
    /// <remarks>Straight to UTF-8 in a pooled buffer: the search index of a large bank is megabytes, and it is copied once, at the end.</remarks>
    public static byte[] Script<T>(string before, T value, JsonTypeInfo<T> info, string after)
    {
        using var script = new Utf8PageWriter();
        script.Write(before);
        using (var json = new Utf8JsonWriter(script, new JsonWriterOptions { Encoder = info.Options.Encoder }))
        {
            JsonSerializer.Serialize(json, value, info);
        }
        script.Write(after);
        return script.Written.ToArray();
    }
}

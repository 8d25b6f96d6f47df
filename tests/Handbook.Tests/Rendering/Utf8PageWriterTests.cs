using System.Text;
using Handbook.Rendering;

namespace Handbook.Tests.Rendering;

public class Utf8PageWriterTests
{
    private static byte[] Written(params string[] parts)
    {
        using var writer = new Utf8PageWriter();
        foreach (var part in parts)
        {
            if (part.Length == 1) writer.Write(part[0]);
            else writer.Write(part);
        }
        return writer.Written.ToArray();
    }

    [Theory]
    [InlineData("plain ASCII text")]
    [InlineData("café · naïve — “quoted” 日本語")]
    [InlineData("an emoji 🚀 and another 🎯")]
    public void Bytes_are_the_UTF8_of_the_text_written(string text)
    {
        Assert.Equal(Encoding.UTF8.GetBytes(text), Written(text));
    }

    [Fact]
    public void Text_written_a_character_at_a_time_encodes_like_the_whole_string()
    {
        const string Text = "<p>Tom & Jerry · p99 850 ms → 320 ms 🚀</p>";

        Assert.Equal(Encoding.UTF8.GetBytes(Text), Written(Text.Select(c => c.ToString()).ToArray()));
    }

    [Fact]
    public void Surrogate_pair_split_across_two_writes_is_one_character()
    {
        var rocket = "🚀";

        Assert.Equal(Encoding.UTF8.GetBytes("a🚀b"), Written("a" + rocket[0], rocket[1] + "b"));
    }

    [Fact]
    public void Lone_high_surrogate_at_the_end_becomes_the_replacement_character()
    {
        var broken = "end" + "🚀"[0];

        Assert.Equal(Encoding.UTF8.GetBytes(broken), Written(broken));
    }

    [Fact]
    public void Page_larger_than_the_first_buffer_is_kept_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<li>item {i} · ok</li>"));

        Assert.Equal(Encoding.UTF8.GetBytes(text), Written(text));
    }

    [Fact]
    public void Splice_replaces_every_marker_with_the_content()
    {
        using var frame = new Utf8PageWriter();
        frame.Write("<main>@@</main><aside>@@</aside>");
        using var content = new Utf8PageWriter();
        content.Write("<p>café</p>");

        var page = frame.Splice("@@"u8, content);

        Assert.Equal("<main><p>café</p></main><aside><p>café</p></aside>", Encoding.UTF8.GetString(page));
    }

    [Fact]
    public void Splice_without_a_marker_keeps_the_frame()
    {
        using var frame = new Utf8PageWriter();
        frame.Write("<main></main>");
        using var content = new Utf8PageWriter();
        content.Write("unused");

        Assert.Equal("<main></main>", Encoding.UTF8.GetString(frame.Splice("@@"u8, content)));
    }

    [Fact]
    public void Bytes_given_as_a_buffer_writer_land_between_the_texts_around_them()
    {
        using var writer = new Utf8PageWriter();
        writer.Write("before ");
        using (var json = new System.Text.Json.Utf8JsonWriter(writer))
        {
            json.WriteStringValue("é");
        }
        writer.Write(" after");

        Assert.Equal("before \"\\u00E9\" after", Encoding.UTF8.GetString(writer.Written));
    }
}

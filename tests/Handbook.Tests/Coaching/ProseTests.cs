using Handbook.Analysis;
using Handbook.Coaching;
using Handbook.Diagnostics;
using Handbook.Reading;
using Handbook.Tests.Support;

namespace Handbook.Tests.Coaching;

public class ProseTests
{
    [Fact]
    public void Mask_blanks_code_quotes_links_and_tags_but_keeps_length_and_lines()
    {
        const string text = "I said \"we did it\" and ran `we --all`\nthen [the doc](http://x) <b>bold</b>.";
        var masked = ProseMask.Mask(text);

        Assert.Equal(text.Length, masked.Length);
        Assert.Equal(text.IndexOf('\n'), masked.IndexOf('\n'));
        Assert.DoesNotContain("did it", masked);
        Assert.DoesNotContain("--all", masked);
        Assert.DoesNotContain("http", masked);
        Assert.DoesNotContain("<b>", masked);
        Assert.Contains("[the doc", masked);
        Assert.Contains("bold", masked);
        Assert.Equal(text.IndexOf("bold", StringComparison.Ordinal), masked.IndexOf("bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Speaking_time_uses_140_words_a_minute()
    {
        Assert.Equal(60, StoryProse.Seconds(140));
        Assert.Equal(90, StoryProse.Seconds(210));
    }

    [Fact]
    public void Pronouns_are_counted_in_task_and_action_only()
    {
        var story = StoryReader.Parse(Stories.Compose(situation: "We we we.", task: "I owned it.", action: "We planned and I built it."), "s.md", new DiagnosticBag())!;

        Assert.Equal((2, 1), StoryFacts.Of(story).Pronouns(Handbook.Model.SectionKind.Task, Handbook.Model.SectionKind.Action));
    }
}

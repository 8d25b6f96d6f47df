using System.Text;
using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Handbook.Publishing;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Serving;

public class LiveSiteTests
{
    private static LiveSite Previous() => LiveSite.Empty.Next(
        [OutputFile.Text("index.html", "old home"), OutputFile.Text("stories/a.html", "old a")], []);

    [Fact]
    public void An_early_version_serves_its_story_pages_at_once_and_holds_the_rest()
    {
        var whole = new TaskCompletionSource();
        var early = Previous().Early([OutputFile.Text("stories/a.html", "new a")], [], whole.Task);

        Assert.True(early.IsReady("stories/a.html"));
        Assert.Equal("new a", Encoding.UTF8.GetString(early.Files["stories/a.html"]));
        Assert.False(early.IsReady("index.html"));

        whole.SetResult();
        Assert.True(early.IsReady("index.html"));
    }

    [Fact]
    public void An_early_version_has_the_number_the_whole_one_will_have()
    {
        var previous = Previous();
        var early = previous.Early([], [], Task.CompletedTask);

        Assert.Equal(previous.Next([OutputFile.Text("index.html", "new")], []).Version, early.Version);
    }

    [Fact]
    public void A_render_hands_over_every_story_page_before_the_listing_pages()
    {
        using var dir = new TempDirectory();
        IReadOnlyList<OutputFile>? early = null;
        var calls = 0;
        var result = HandbookPipeline.Render(new BuildOptions
        {
            InputDirectory = Paths.SampleInput, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
            StoryPagesReady = (pages, _) => { early = pages; calls++; },
        });

        Assert.Equal(1, calls);
        Assert.Equal(result.Files.Where(f => f.Path.StartsWith("stories/", StringComparison.Ordinal)).Select(f => f.Path).Order(),
            early!.Select(f => f.Path).Order());
        Assert.DoesNotContain(early!, f => f.Path == "index.html");
    }
}

using System.Text;
using Handbook.Publishing;
using Handbook.Rendering;
using Handbook.Tests.Support;

namespace Handbook.Tests.Publishing;

public class OutputWriterTests
{
    private static OutputFile Text(string path, string text) => OutputFile.Text(path, text);

    [Fact]
    public void A_first_publish_writes_every_file()
    {
        using var dir = new TempDirectory();
        var counts = OutputWriter.Publish([Text("index.html", "home"), Text("stories/a.html", "a")], dir.Combine("site"));

        Assert.Equal(new PublishCounts(2, 0), counts);
        Assert.Equal("a", File.ReadAllText(dir.Combine("site/stories/a.html")));
    }

    [Fact]
    public void A_rebuild_writes_only_the_files_whose_bytes_changed()
    {
        using var dir = new TempDirectory();
        var site = dir.Combine("site");
        OutputWriter.Publish([Text("index.html", "home"), Text("stories/a.html", "a"), Text("stories/b.html", "b")], site);

        var counts = OutputWriter.Publish([Text("index.html", "home"), Text("stories/a.html", "a, edited"), Text("stories/b.html", "b")], site);

        Assert.Equal(new PublishCounts(1, 2), counts);
        Assert.Equal("a, edited", File.ReadAllText(Path.Combine(site, "stories/a.html")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(site, "stories/b.html")));
    }

    [Fact]
    public void A_file_of_the_same_length_but_other_bytes_is_written()
    {
        using var dir = new TempDirectory();
        var site = dir.Combine("site");
        OutputWriter.Publish([Text("index.html", "abc")], site);

        var counts = OutputWriter.Publish([Text("index.html", "abd")], site);

        Assert.Equal(new PublishCounts(1, 0), counts);
        Assert.Equal("abd", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_large_unchanged_file_is_compared_in_full_and_carried_over()
    {
        using var dir = new TempDirectory();
        var site = dir.Combine("site");
        var large = new string('x', 300_000);
        OutputWriter.Publish([Text("assets/big.js", large)], site);
        var changedAtTheEnd = large[..^1] + "y";

        Assert.Equal(new PublishCounts(0, 1), OutputWriter.Publish([Text("assets/big.js", large)], site));
        Assert.Equal(new PublishCounts(1, 0), OutputWriter.Publish([Text("assets/big.js", changedAtTheEnd)], site));
        Assert.Equal(changedAtTheEnd, File.ReadAllText(Path.Combine(site, "assets/big.js"), Encoding.UTF8));
    }

    [Fact]
    public void Files_no_longer_built_disappear_from_the_site()
    {
        using var dir = new TempDirectory();
        var site = dir.Combine("site");
        OutputWriter.Publish([Text("index.html", "home"), Text("stories/old.html", "old")], site);

        OutputWriter.Publish([Text("index.html", "home")], site);

        Assert.False(File.Exists(Path.Combine(site, "stories/old.html")));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void The_last_of_two_files_with_one_path_wins()
    {
        using var dir = new TempDirectory();
        var site = dir.Combine("site");
        OutputWriter.Publish([Text("index.html", "home")], site);

        OutputWriter.Publish([Text("index.html", "home"), Text("index.html", "second")], site);

        Assert.Equal("second", File.ReadAllText(Path.Combine(site, "index.html")));
    }
}

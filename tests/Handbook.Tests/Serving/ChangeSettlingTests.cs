using Handbook.Cli.Serving;
using Handbook.Tests.Support;

namespace Handbook.Tests.Serving;

/// <summary>Which changes serve rebuilds after the short quiet period, and which it gives time to finish.</summary>
public class ChangeSettlingTests
{
    [Fact]
    public void A_file_with_content_is_settled()
    {
        using var temp = new TempDirectory();
        var story = temp.Write("stories/a.md", "---\ntitle: A\n---\n");

        Assert.True(DevServer.Settled(story));
    }

    [Fact]
    public void An_emptied_file_is_not_settled()
    {
        using var temp = new TempDirectory();
        var story = temp.Write("stories/a.md", "");

        Assert.False(DevServer.Settled(story));
    }

    [Fact]
    public void A_deleted_file_is_not_settled()
    {
        using var temp = new TempDirectory();

        Assert.False(DevServer.Settled(temp.Combine("stories", "gone.md")));
    }

    [Fact]
    public void A_folder_is_settled()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("stories"));

        Assert.True(DevServer.Settled(temp.Combine("stories")));
    }
}

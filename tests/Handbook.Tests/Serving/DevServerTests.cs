using System.Net;
using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Serving;

public class DevServerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static async Task<(DevServer Server, TempDirectory Dir, string Input)> StartAsync()
    {
        var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var server = await DevServer.StartAsync(new BuildOptions
        {
            InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        }, port: 0);
        return (server, dir, input);
    }

    /// <summary>Reads server-sent events until one named <paramref name="name"/> arrives.</summary>
    private static async Task<string> NextEventAsync(StreamReader events, string name)
    {
        using var timeout = new CancellationTokenSource(Wait);
        string? current = null;
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) current = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name) return line[6..];
        }
        throw new InvalidOperationException("The event stream ended.");
    }

    [Fact]
    public async Task Pages_are_served_with_the_live_reload_script()
    {
        var (server, dir, _) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient { BaseAddress = server.Address };

        var home = await http.GetStringAsync("/");
        Assert.Contains("Sam Rivera", home);
        Assert.Contains(DevServer.ScriptPath, home);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(DevServer.ScriptPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/no-such-page.html")).StatusCode);
        Assert.Equal("text/css", (await http.GetAsync("/assets/style.css")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Editing_a_story_sends_a_reload_event_and_serves_the_new_page()
    {
        var (server, dir, input) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var events = new StreamReader(await http.GetStreamAsync(DevServer.EventsPath));
        Assert.Contains("\"errors\":[]", await NextEventAsync(events, "state"));

        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("title: Taming the pager for my team's on-call", "title: The pager, tamed"));
        await NextEventAsync(events, "reload");

        var page = await http.GetStringAsync("/stories/noisy-alerts-oncall.html");
        Assert.Contains("<h1>The pager, tamed", page);
    }

    [Fact]
    public async Task A_broken_story_keeps_the_server_up_and_reports_until_fixed()
    {
        var (server, dir, input) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var events = new StreamReader(await http.GetStreamAsync(DevServer.EventsPath));
        await NextEventAsync(events, "state");
        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        var original = File.ReadAllText(story);

        File.WriteAllText(story, StoryEdits.WithoutTradeoff(original));
        await NextEventAsync(events, "reload");
        var broken = await http.GetStringAsync(DevServer.DiagnosticsPath);
        Assert.Contains("missing-tradeoff", broken);
        Assert.Contains("noisy-alerts-oncall.md", broken);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);

        File.WriteAllText(story, original);
        await NextEventAsync(events, "reload");
        Assert.Equal("[]", await http.GetStringAsync(DevServer.DiagnosticsPath));
    }
}

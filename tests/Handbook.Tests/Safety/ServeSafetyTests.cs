using System.Net;
using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Safety;

/// <summary>serve reflects nothing raw, answers only its own loopback address, and survives any state of the input.</summary>
public class ServeSafetyTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static async Task<(DevServer Server, TempDirectory Dir, string Input)> StartAsync()
    {
        var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        var server = await DevServer.StartAsync(new BuildOptions { InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path }, port: 0);
        return (server, dir, input);
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Wait) throw new TimeoutException($"serve did not {what} within {Wait.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task The_not_found_page_shows_the_requested_path_as_text()
    {
        var (server, dir, _) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient { BaseAddress = server.Address };

        var response = await http.GetAsync("/%3Cimg%20src=x%20onerror=alert(1)%3E/%3Cscript%3Ealert(2)%3C%2Fscript%3E.html");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<img src=x", body);
        Assert.DoesNotContain("<script>alert", body);
        Assert.Contains("&lt;script&gt;alert(2)", body);
    }

    [Theory]
    [InlineData("evil.example", false)]
    [InlineData("127.0.0.1.nip.io", false)]
    [InlineData("localhost:1", false)]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("127.0.0.1", true)]
    public async Task Only_a_loopback_host_name_for_the_servers_own_port_is_answered(string host, bool answered)
    {
        var (server, dir, _) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient();
        var port = server.Address.Port;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "stories/search-latency-cache.html"));
        request.Headers.Host = host.Contains(':') ? host : $"{host}:{port}";

        var response = await http.SendAsync(request);

        Assert.Equal(answered ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        if (!answered) Assert.DoesNotContain("Sam Rivera", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_site_server_also_refuses_a_foreign_host()
    {
        using var dir = new TempDirectory();
        dir.Write("site/index.html", "<p>private</p>");
        await using var server = await SiteServer.StartAsync(dir.Combine("site"));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Address);
        request.Headers.Host = "rebound.example:" + server.Address.Port;

        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Duplicate_slugs_are_an_error_on_the_overlay_and_the_server_keeps_serving()
    {
        var (server, dir, input) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient { BaseAddress = server.Address };
        var story = File.ReadAllText(Path.Combine(input, "stories", "search-latency-cache.md"));
        Directory.CreateDirectory(Path.Combine(input, "stories", "copy"));
        File.WriteAllText(Path.Combine(input, "stories", "copy", "search-latency-cache.md"), story);

        server.Rebuild();

        Assert.Contains(server.Site.Errors, d => d.RuleId == "duplicate-slug");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/cheatsheet.html")).StatusCode);
        Directory.Delete(Path.Combine(input, "stories", "copy"), recursive: true);
        server.Rebuild();
        Assert.Empty(server.Site.Errors);
    }

    [Fact]
    public async Task A_deleted_and_recreated_input_folder_is_watched_again()
    {
        var (server, dir, input) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        using var http = new HttpClient { BaseAddress = server.Address };

        Directory.Delete(input, recursive: true);
        await Until(() => server.Site.Errors.Any(), "report the missing input");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);

        dir.CopyFrom(Paths.SampleInput, "input");
        await Until(() => !server.Site.Errors.Any(), "recover when the input came back");
        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        // The whole trade-off goes (renaming its heading is not enough: the rule also finds a trade-off stated in prose).
        File.WriteAllText(story, StoryEdits.WithoutTradeoff(File.ReadAllText(story)));
        await Until(() => server.Site.Errors.Any(d => d.RuleId == "missing-tradeoff"), "see an edit in the recreated folder");
    }

    [Fact]
    public async Task A_broken_template_is_an_error_and_fixing_it_recovers()
    {
        var (server, dir, input) = await StartAsync();
        await using var _s = server;
        using var _d = dir;
        var layout = Directory.EnumerateFiles(Path.Combine(Paths.Theme, "layouts"), "story.*").Single();
        var overrideFile = Path.Combine(input, "theme", "layouts", Path.GetFileName(layout));
        Directory.CreateDirectory(Path.GetDirectoryName(overrideFile)!);

        File.WriteAllText(overrideFile, "{{ if }} {{ for x in }} {{ end");
        server.Rebuild();
        Assert.True(server.Site.Errors.Any(d => d.Location.Path == overrideFile), string.Join("\n", server.Site.Diagnostics.Select(d => d.Format())));

        File.Delete(overrideFile);
        server.Rebuild();
        Assert.Empty(server.Site.Errors);
    }
}

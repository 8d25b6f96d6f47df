using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.Tests.Browser;

/// <summary>One Chromium, one built sample site and one local server for every browser test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private IPlaywright? _playwright;

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The built sample site.</summary>
    public string Site { get; private set; } = "";

    /// <summary>The server that serves <see cref="Site"/>.</summary>
    public SiteServer Server { get; private set; } = null!;

    /// <summary>The file:// address of a page of the site.</summary>
    public string FileUrl(string page) => new Uri(Path.Combine(Site, page)).AbsoluteUri;

    /// <summary>The http:// address of a page of the site.</summary>
    public string HttpUrl(string page) => new Uri(Server.Address, page).AbsoluteUri;

    public async Task InitializeAsync()
    {
        Site = _dir.Combine("site");
        var result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Paths.SampleInput, OutputDirectory = Site, ThemeDirectory = Paths.Theme, WorkingDirectory = _dir.Path,
        });
        if (!result.Published) throw new InvalidOperationException("The sample did not build: " + string.Join("; ", result.Diagnostics));
        Server = await SiteServer.StartAsync(Site);
        if (!File.Exists(Chromium.ExecutablePath)) return; // tests are skipped, or fail under CI with their own message
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
        _dir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

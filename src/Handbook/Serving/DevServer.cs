using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Handbook.Diagnostics;
using Handbook.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Handbook.Cli.Serving;

/// <summary>
/// <c>handbook serve</c>: renders the handbook in memory, serves it on 127.0.0.1, watches the input and
/// theme, rebuilds after each burst of changes and tells open pages to reload. A build with errors keeps
/// the server running; pages show the errors in an overlay until they are fixed.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    /// <summary>The quiet period after the last file change before a rebuild.</summary>
    /// <remarks>It is the floor of every edit's wait for the page. It can be this short because a change that looks
    /// half done waits <see cref="UnsettledDebounce"/> instead.</remarks>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(10);

    /// <summary>The quiet period after a change that left a file empty or missing.</summary>
    /// <remarks>A save that empties the file and then writes it (as many editors and <c>File.WriteAllText</c> do), or
    /// deletes it and writes it anew, is two events, and a busy machine can put more than 10 ms between them. A rebuild
    /// in that gap would publish the story as empty or gone (with 10 ms for every change, two serve tests failed under
    /// load). A file really emptied or deleted is rebuilt after this longer wait.</remarks>
    public static readonly TimeSpan UnsettledDebounce = TimeSpan.FromMilliseconds(150);

    /// <summary>The path of the event stream.</summary>
    public const string EventsPath = "/__handbook/events";

    /// <summary>The path of the live-reload script.</summary>
    public const string ScriptPath = "/__handbook/live.js";

    /// <summary>The path of the current diagnostics as JSON.</summary>
    public const string DiagnosticsPath = "/__handbook/diagnostics";

    private static readonly byte[] Script = LoadScript();
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly BuildOptions _options;
    private readonly Action<BuildResult, TimeSpan>? _onBuilt;
    private readonly ReloadHub _hub = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Dictionary<string, string?> _watched = new(StringComparer.Ordinal);
    private readonly Lock _buildGate = new();
    private Debouncer? _debouncer;
    private WebApplication? _app;
    private LiveSite _site = LiveSite.Empty;

    private DevServer(BuildOptions options, Action<BuildResult, TimeSpan>? onBuilt)
    {
        // One cache for the server's life: an edit re-reads one file and re-renders the pages it touches.
        _options = options with { Cache = options.Cache ?? new BuildCache() };
        _onBuilt = onBuilt;
    }

    /// <summary>The address pages are served at.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The version being served.</summary>
    public LiveSite Site => Volatile.Read(ref _site);

    /// <summary>Pages listening for reloads.</summary>
    public int Listeners => _hub.Count;

    /// <summary>Builds once, then starts serving and watching.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="port">Port on 127.0.0.1; 0 for any free one.</param>
    /// <param name="onBuilt">Called after every build with its result and duration (the terminal report).</param>
    /// <param name="time">Clock for the debounce (tests).</param>
    public static async Task<DevServer> StartAsync(BuildOptions options, int port, Action<BuildResult, TimeSpan>? onBuilt = null, TimeProvider? time = null)
    {
        var server = new DevServer(options, onBuilt);
        server.Rebuild();
        server._app = LoopbackHost.Create(port, options.WorkingDirectory).Build();
        server.Map(server._app);
        await server._app.StartAsync();
        server.Address = LoopbackHost.Address(server._app);
        server._debouncer = new Debouncer(Debounce, server.Rebuild, time);
        server.Watch();
        return server;
    }

    /// <summary>
    /// Rebuilds now and tells every page; called by the watcher after a quiet period. Pages are told to reload
    /// as soon as the story pages are ready: a request for any other page waits for the rest of the build.
    /// Returns once the whole site is rebuilt.
    /// </summary>
    public void Rebuild()
    {
        lock (_buildGate)
        {
            var clock = Stopwatch.StartNew();
            var previous = Site;
            var whole = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            LiveSite? early = null;
            var options = _options with
            {
                StoryPagesReady = (pages, diagnostics) =>
                {
                    early = previous.Early(pages, diagnostics, whole.Task);
                    Volatile.Write(ref _site, early);
                    Reload(early);
                },
            };
            LiveSite next;
            BuildResult result;
            try
            {
                result = RenderOrReport(options);
                next = previous.Next(result.Files, result.Diagnostics);
                Volatile.Write(ref _site, next);
            }
            finally
            {
                whole.TrySetResult();
            }
            // A folder deleted and made again is a new folder: watch it again, and build once more for anything
            // written into it before the watch began.
            if (_watchers.Count > 0 && Rewatch()) _debouncer?.Signal();
            clock.Stop();
            if (early is null)
            {
                Reload(next);
            }
            else if (!early.Errors.Select(d => d.Format()).SequenceEqual(next.Errors.Select(d => d.Format())))
            {
                // Rendering found errors validation did not (a broken template, say): update the overlays in place.
                _hub.Broadcast(ReloadHub.Event("state", StateJson(next)));
            }
            _onBuilt?.Invoke(result, clock.Elapsed);
        }
    }

    // Whatever state the input is in, serve keeps running: a failure no diagnostic foresaw becomes one error on the
    // overlay, the previous pages stay, and the next save tries again.
    private BuildResult RenderOrReport(BuildOptions options)
    {
        try
        {
            return HandbookPipeline.Render(options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var input = Path.GetFullPath(options.InputDirectory, options.WorkingDirectory);
            var failure = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            return new BuildResult
            {
                Diagnostics = [new Diagnostic(SourceLocation.File(input), Severity.Error, Reading.RuleIds.Unreadable,
                    $"the site could not be rebuilt: {failure.Message}", "fix the input and save again; the pages shown are from the last good build.")],
                Config = new Configuration.HandbookConfig(),
                StoryCount = 0,
            };
        }
    }

    private void Reload(LiveSite site) =>
        _hub.Broadcast(ReloadHub.Event("reload", site.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private string[] WatchedFolders() =>
    [
        .. new[]
        {
            Path.GetFullPath(_options.InputDirectory, _options.WorkingDirectory),
            Path.GetFullPath(_options.ThemeDirectory ?? ThemeLocator.Default(_options.WorkingDirectory), _options.WorkingDirectory),
        }.Distinct(),
    ];

    private void Watch()
    {
        lock (_watchers)
        {
            foreach (var folder in WatchedFolders())
            {
                // The parent is watched for the folder's own name, so deleting and making it again is seen.
                if (Path.GetDirectoryName(folder) is { } parent && Directory.Exists(parent))
                {
                    _watchers.Add(Watcher(parent, Path.GetFileName(folder), subfolders: false));
                }
                if (Directory.Exists(folder))
                {
                    _watched[folder] = Identity(folder);
                    _watchers.Add(Watcher(folder, "", subfolders: true));
                }
                else
                {
                    _watched[folder] = null;
                }
            }
        }
    }

    private FileSystemWatcher Watcher(string folder, string filter, bool subfolders)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.Error += (_, _) => _debouncer?.Signal();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Changed(string path)
    {
        if (_debouncer is not { } debouncer) return;
        if (Settled(path)) debouncer.Signal();
        else debouncer.Signal(UnsettledDebounce);
    }

    /// <summary>False for a file that is empty or gone: most likely a save between its two steps (see <see cref="UnsettledDebounce"/>).</summary>
    internal static bool Settled(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? file.Length > 0 : Directory.Exists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return true;
        }
    }

    // When a watched folder was deleted or made again since it was last watched, starts over; true when it did.
    private bool Rewatch()
    {
        lock (_watchers)
        {
            if (WatchedFolders().All(f => Equals(_watched.GetValueOrDefault(f), Directory.Exists(f) ? Identity(f) : null))) return false;
            foreach (var watcher in _watchers) watcher.Dispose();
            _watchers.Clear();
            _watched.Clear();
        }
        Watch();
        return true;
    }

    // What tells a folder made again from the one it replaced: its creation time (and, where there is one, inode change time).
    private static string? Identity(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return info.Exists ? $"{info.CreationTimeUtc.Ticks}" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Map(WebApplication app)
    {
        app.UseLoopbackHostOnly();
        // Request delegates, not minimal-API lambdas: those bind their parameters by reflection, which the
        // ahead-of-time compiled tool does not have.
        app.MapGet(ScriptPath, context => Results.Bytes(Script, "text/javascript; charset=utf-8").ExecuteAsync(context));
        app.MapGet(DiagnosticsPath, context => Results.Text(DiagnosticsJson(Site.Diagnostics), "application/json; charset=utf-8").ExecuteAsync(context));
        app.MapGet(EventsPath, StreamEventsAsync);
        // An explicit pattern: the default fallback pattern skips paths that look like files, which is all of them here.
        app.MapFallback("{*path}", ServeFileAsync);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var (events, subscription) = _hub.Subscribe();
        using (subscription)
        {
            var site = Site;
            await context.Response.WriteAsync(ReloadHub.Event("state", StateJson(site)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await foreach (var message in events.ReadAllAsync(context.RequestAborted))
                {
                    await context.Response.WriteAsync(message, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The page went away.
            }
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var site = Site;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (!site.IsReady(path))
        {
            // A page the rebuild in progress has not reached yet: serve it once the whole site is done.
            await site.Complete;
            site = Site;
        }
        if (!site.Files.TryGetValue(path, out var bytes) && site.Files.TryGetValue(path + "/index.html", out var folderIndex))
        {
            bytes = folderIndex;
            path += "/index.html";
        }
        context.Response.Headers.CacheControl = "no-store";
        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            // The path is the requester's text: escaped, like everything else a page shows.
            await context.Response.WriteAsync(WithScript($"<!DOCTYPE html><title>Not found</title><p>No page at /{WebUtility.HtmlEncode(path)}. <a href=\"/\">Home</a></p>"));
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(WithScript(Encoding.UTF8.GetString(bytes)));
            return;
        }
        await context.Response.Body.WriteAsync(bytes);
    }

    // The live-reload script goes at the end of the head, so it runs on every served page.
    private static string WithScript(string html)
    {
        var tag = $"<script src=\"{ScriptPath}\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? html.Insert(head, tag + "\n") : tag + html;
    }

    private string StateJson(LiveSite site) =>
        new JsonObject { ["version"] = site.Version, ["errors"] = Items(site.Errors) }.ToJsonString();

    private string DiagnosticsJson(IEnumerable<Diagnostic> diagnostics) => Items(diagnostics).ToJsonString();

    private JsonArray Items(IEnumerable<Diagnostic> diagnostics) =>
        Output.Formats.DiagnosticJson.Items(diagnostics, _options.WorkingDirectory);

    private static byte[] LoadScript()
    {
        using var stream = typeof(DevServer).Assembly.GetManifestResourceStream("Handbook.Cli.Serving.live.js")
            ?? throw new InvalidOperationException("live.js is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Stops watching and serving.</summary>
    public async ValueTask DisposeAsync()
    {
        // Under the lock Rewatch holds: a rebuild may be replacing the watchers at this moment.
        lock (_watchers)
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _watchers.Clear();
        }
        _debouncer?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

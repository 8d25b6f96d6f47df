using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Handbook.Cli.Serving;

/// <summary>
/// Serves a built site folder on 127.0.0.1 with ASP.NET Core's static files, optionally with extra
/// response headers (the same ones a deployment sends). Only the loopback address is ever bound.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="root"/>; port 0 picks a free port.</summary>
    /// <param name="root">The site folder.</param>
    /// <param name="port">The port on 127.0.0.1; 0 for any free one.</param>
    /// <param name="headers">Headers added to every response.</param>
    public static async Task<SiteServer> StartAsync(string root, int port = 0, IReadOnlyDictionary<string, string>? headers = null)
    {
        var app = LoopbackHost.Create(port, root).Build();
        app.UseLoopbackHostOnly();

        if (headers is { Count: > 0 })
        {
            app.Use((context, next) =>
            {
                foreach (var (name, value) in headers) context.Response.Headers[name] = value;
                return next(context);
            });
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(root), Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.Sensitive);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });

        await app.StartAsync();
        return new SiteServer(app, LoopbackHost.Address(app));
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

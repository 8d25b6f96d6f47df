using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Handbook.Cli.Serving;

/// <summary>The one way this tool starts a web server: Kestrel on 127.0.0.1 only, without console logging.</summary>
internal static class LoopbackHost
{
    /// <summary>A builder bound to 127.0.0.1:<paramref name="port"/> (0 for any free port).</summary>
    public static WebApplicationBuilder Create(int port, string contentRoot)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(contentRoot) });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        return builder;
    }

    /// <summary>
    /// Answers only requests addressed to this server by a loopback name and its own port, and 403 to anything
    /// else: a page on another site that points its own host name at 127.0.0.1 (DNS rebinding) must not read the
    /// handbook. Added first, before any other middleware.
    /// </summary>
    public static void UseLoopbackHostOnly(this WebApplication app) => app.Use((context, next) =>
    {
        if (IsLoopbackHost(context.Request.Host.Host, context.Request.Host.Port, context.Connection.LocalPort)) return next(context);
        context.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response,
            "Forbidden: this server answers only http://127.0.0.1 or http://localhost on its own port.\n");
    });

    /// <summary>True when a request's <c>Host</c> names this machine's loopback and the port the request came in on.</summary>
    public static bool IsLoopbackHost(string? host, int? port, int localPort)
    {
        if (string.IsNullOrEmpty(host) || port != localPort) return false;
        var name = host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name is "127.0.0.1" or "[::1]" or "::1";
    }

    /// <summary>The address a started application listens on, ending in a slash.</summary>
    public static Uri Address(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}

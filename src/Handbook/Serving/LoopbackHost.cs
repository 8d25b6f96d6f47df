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

    /// <summary>The address a started application listens on, ending in a slash.</summary>
    public static Uri Address(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}

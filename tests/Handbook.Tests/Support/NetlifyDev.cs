using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Handbook.Tests.Support;

/// <summary>
/// Netlify's own local server (<c>netlify dev --offline</c>), from the netlify-cli that <c>.ci/run</c> installs with npm
/// into <c>~/.cache/handbook-tools</c>. It serves a folder with the repository's netlify.toml: its headers and CSP.
/// </summary>
internal sealed class NetlifyDev : IAsyncDisposable
{
    /// <summary>Where <c>.ci/run</c> installs the tools (netlify-cli and the deno it runs edge code with).</summary>
    public static string ToolsBin => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "handbook-tools", "node_modules", ".bin");

    /// <summary>The netlify command, or null when it is not installed.</summary>
    public static string? Command => File.Exists(Path.Combine(ToolsBin, "netlify")) ? Path.Combine(ToolsBin, "netlify") : null;

    private readonly Process _process;
    private readonly StringWriter _log = new();

    private NetlifyDev(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The server's address.</summary>
    public Uri Address { get; }

    /// <summary>Serves <c>{project}/output</c> with <c>{project}/netlify.toml</c>; waits until it answers.</summary>
    public static async Task<NetlifyDev> StartAsync(string project)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Command!, ["dev", "--offline", "--dir", "output", "--framework", "#static", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["PATH"] = ToolsBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["BROWSER"] = "none";
        start.Environment["NETLIFY_TELEMETRY_DISABLED"] = "1";
        var process = Process.Start(start)!;
        var server = new NetlifyDev(process, new Uri($"http://localhost:{port}/"));
        process.OutputDataReceived += (_, e) => { lock (server._log) server._log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (server._log) server._log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(server.Address)).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(500);
        }
        var log = server.Log;
        await server.DisposeAsync();
        throw new InvalidOperationException("netlify dev did not start: " + log);
    }

    /// <summary>What the server printed.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <summary>
/// A browser test over <c>netlify dev</c>. Without Chromium or netlify-cli it is skipped with the reason, except under
/// CI, where <c>.ci/run</c> installs both and the test must run.
/// </summary>
public sealed class NetlifyDevFactAttribute : FactAttribute
{
    public NetlifyDevFactAttribute()
    {
        if (Chromium.RequiredByCi) return;
        if (!File.Exists(Chromium.ExecutablePath)) Skip = "Chromium is not installed (apt-get install chromium); netlify dev tests skipped.";
        else if (NetlifyDev.Command is null)
        {
            Skip = "netlify-cli is not installed (npm install --prefix ~/.cache/handbook-tools netlify-cli@27.10.2 deno@2.9.6, as .ci/run does); netlify dev tests skipped.";
        }
    }
}

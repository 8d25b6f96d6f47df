using System.Threading.Channels;

namespace Handbook.Cli.Serving;

/// <summary>The open event streams of the browser pages; a rebuild tells every one of them to reload.</summary>
public sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    /// <summary>How many pages are listening.</summary>
    public int Count
    {
        get { lock (_gate) return _clients.Count; }
    }

    /// <summary>Registers a page; dispose the subscription when it goes away.</summary>
    public (ChannelReader<string> Events, IDisposable Subscription) Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate) _clients.Add(channel);
        return (channel.Reader, new Unsubscriber(this, channel));
    }

    /// <summary>Sends one server-sent event (already formatted) to every page.</summary>
    public void Broadcast(string message)
    {
        lock (_gate)
        {
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    /// <summary>A server-sent event: <c>event: name</c> and one <c>data:</c> line.</summary>
    public static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private sealed class Unsubscriber(ReloadHub hub, Channel<string> channel) : IDisposable
    {
        public void Dispose()
        {
            lock (hub._gate) hub._clients.Remove(channel);
            channel.Writer.TryComplete();
        }
    }
}

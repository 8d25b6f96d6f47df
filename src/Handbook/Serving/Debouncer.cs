namespace Handbook.Cli.Serving;

/// <summary>
/// Runs an action once a burst of signals has gone quiet: editors write a file in several steps, and
/// one save should cause one rebuild. Time comes from a <see cref="TimeProvider"/> so tests can drive it.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action _action;
    private readonly Lock _gate = new();
    private bool _running;
    private bool _pending;

    /// <summary>Creates a debouncer that runs <paramref name="action"/> after <paramref name="quiet"/> without a signal.</summary>
    public Debouncer(TimeSpan quiet, Action action, TimeProvider? time = null)
    {
        _quiet = quiet;
        _action = action;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Something changed: (re)start the quiet period.</summary>
    public void Signal() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Something changed and looks half done (a file emptied or gone, as in the middle of a save): (re)start a quiet
    /// period of <paramref name="quiet"/> instead. The next signal sets the period again, so the save's last step,
    /// when it comes, brings back the short one.
    /// </summary>
    public void Signal(TimeSpan quiet) => _timer.Change(quiet, Timeout.InfiniteTimeSpan);

    private void Fire()
    {
        lock (_gate)
        {
            // A signal during a run queues exactly one more run after it.
            if (_running)
            {
                _pending = true;
                return;
            }
            _running = true;
        }
        try
        {
            _action();
        }
        finally
        {
            bool again;
            lock (_gate)
            {
                _running = false;
                again = _pending;
                _pending = false;
            }
            if (again) Signal();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();
}

using Handbook.Cli.Serving;
using Handbook.Tests.Support;

namespace Handbook.Tests.Serving;

public class DebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void A_burst_of_signals_runs_the_action_once_after_the_quiet_period()
    {
        var time = new ManualTime();
        var runs = 0;
        using var debouncer = new Debouncer(Quiet, () => runs++, time);

        for (var i = 0; i < 5; i++)
        {
            debouncer.Signal();
            time.Advance(TimeSpan.FromMilliseconds(30));
        }
        Assert.Equal(0, runs);

        time.Advance(TimeSpan.FromMilliseconds(70));
        Assert.Equal(1, runs);

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Signals_after_the_quiet_period_run_the_action_again()
    {
        var time = new ManualTime();
        var runs = 0;
        using var debouncer = new Debouncer(Quiet, () => runs++, time);

        debouncer.Signal();
        time.Advance(Quiet);
        debouncer.Signal();
        time.Advance(Quiet);

        Assert.Equal(2, runs);
    }

    [Fact]
    public void No_signal_no_run()
    {
        var time = new ManualTime();
        var runs = 0;
        using var debouncer = new Debouncer(Quiet, () => runs++, time);

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, runs);
    }

    [Fact]
    public void A_longer_quiet_period_holds_the_run_back()
    {
        var time = new ManualTime();
        var runs = 0;
        using var debouncer = new Debouncer(Quiet, () => runs++, time);

        debouncer.Signal(TimeSpan.FromMilliseconds(500));
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal(0, runs);

        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void The_next_signal_sets_the_quiet_period_again()
    {
        var time = new ManualTime();
        var runs = 0;
        using var debouncer = new Debouncer(Quiet, () => runs++, time);

        debouncer.Signal(TimeSpan.FromMilliseconds(500));
        time.Advance(TimeSpan.FromMilliseconds(10));
        debouncer.Signal();
        time.Advance(Quiet);

        Assert.Equal(1, runs);
    }
}

using Handbook.Diagnostics;

namespace Handbook.Tests.Diagnostics;

public class DiagnosticBagTests
{
    [Fact]
    public void Recording_passes_findings_on_and_returns_them_sorted_with_the_value()
    {
        var bag = new DiagnosticBag();
        bag.Add(new SourceLocation("a.md", 1, 1), Severity.Warning, "earlier", "already here");

        var (value, found) = bag.Recording(own =>
        {
            own.Add(new SourceLocation("b.md", 9, 1), Severity.Error, "late", "second");
            own.Add(new SourceLocation("b.md", 2, 1), Severity.Warning, "early", "first");
            return 42;
        });

        Assert.Equal(42, value);
        Assert.Equal(["first", "second"], found.Select(d => d.Message));
        Assert.Equal(["already here", "first", "second"], bag.Sorted().Select(d => d.Message));
    }

    [Fact]
    public void Recording_work_without_a_value_returns_only_what_it_reported()
    {
        var bag = new DiagnosticBag();
        bag.Add(new SourceLocation("a.md", 1, 1), Severity.Warning, "earlier", "already here");

        var found = bag.Recording(own => own.Add(new SourceLocation("b.md", 1, 1), Severity.Error, "mine", "reported"));

        Assert.Equal(["reported"], found.Select(d => d.Message));
        Assert.Equal(2, bag.Sorted().Count);
    }
}

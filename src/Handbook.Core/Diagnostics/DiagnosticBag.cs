namespace Handbook.Diagnostics;

/// <summary>
/// Collects diagnostics from one stage. Thread-safe so that stories can be read and checked in parallel;
/// <see cref="Sorted"/> gives a deterministic order whatever the scheduling was.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();

    /// <summary>Adds one diagnostic unless its severity is <see cref="Severity.Off"/>.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Off) return;
        lock (_gate) _items.Add(diagnostic);
    }

    /// <summary>Adds a diagnostic built from its parts.</summary>
    public void Add(SourceLocation location, Severity severity, string ruleId, string message, string help = "")
        => Add(new Diagnostic(location, severity, ruleId, message, help));

    /// <summary>Adds every diagnostic of <paramref name="diagnostics"/>.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.IsError); }
    }

    /// <summary>True when an error was reported in the file at <paramref name="path"/>.</summary>
    public bool HasErrorsIn(string path)
    {
        lock (_gate) return _items.Exists(d => d.IsError && d.Location.Path == path);
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a bag of its own, adds what it reported to this bag, and returns that too,
    /// sorted: for caches that keep a step's findings to replay when the step is skipped.
    /// </summary>
    public (T Value, IReadOnlyList<Diagnostic> Found) Recording<T>(Func<DiagnosticBag, T> work)
    {
        var own = new DiagnosticBag();
        var value = work(own);
        var found = own.Sorted();
        AddRange(found);
        return (value, found);
    }

    /// <summary>Like <see cref="Recording{T}"/>, for work that makes nothing but diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Recording(Action<DiagnosticBag> work) => Recording(own =>
    {
        work(own);
        return true;
    }).Found;

    /// <summary>The diagnostics ordered by file, line, column, rule.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate) return DiagnosticOrder.Sort(_items);
    }
}

/// <summary>The one ordering used wherever diagnostics are listed.</summary>
public static class DiagnosticOrder
{
    /// <summary>Orders by path (ordinal), line, column, rule id and message, so output is deterministic.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.RuleId, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}

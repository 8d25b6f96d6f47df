namespace Handbook.Tests.Support;

/// <summary>
/// A test that drives Chromium. Without Chromium it is skipped with the reason, except under CI
/// (the <c>CI</c> variable is set), where a missing browser must fail the run rather than hide it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && !Chromium.RequiredByCi)
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install chromium); browser tests skipped.";
        }
    }
}

/// <summary>A browser test that also reads PDFs with poppler's pdfinfo and pdftotext.</summary>
public sealed class PrintFactAttribute : FactAttribute
{
    public PrintFactAttribute()
    {
        if (Chromium.RequiredByCi) return;
        if (!File.Exists(Chromium.ExecutablePath)) Skip = "Chromium is not installed (apt-get install chromium); print tests skipped.";
        else if (!PdfTools.Available) Skip = "poppler-utils is not installed (apt-get install poppler-utils); print tests skipped.";
    }
}

/// <summary>A print test with data.</summary>
public sealed class PrintTheoryAttribute : TheoryAttribute
{
    public PrintTheoryAttribute()
    {
        Skip = new PrintFactAttribute().Skip;
    }
}

/// <summary>Where Chromium is, and how it is started here.</summary>
public static class Chromium
{
    /// <summary>Debian's Chromium; override with HANDBOOK_CHROMIUM.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("HANDBOOK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>True under CI, where browser tests may not be skipped.</summary>
    public static bool RequiredByCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Flags that keep Chromium off the network and quiet in a sandboxed container.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps", "--disable-extensions",
    ];
}

/// <summary>
/// A browser test with data that also runs axe-core, which <c>.ci/run</c> installs with npm into
/// <c>tests/tools/node_modules</c>. Without it the test is skipped, except under CI.
/// </summary>
public sealed class AxeTheoryAttribute : TheoryAttribute
{
    public AxeTheoryAttribute()
    {
        if (Chromium.RequiredByCi) return;
        if (!File.Exists(Chromium.ExecutablePath)) Skip = "Chromium is not installed (apt-get install chromium); layout tests skipped.";
        else if (!File.Exists(Axe.ScriptPath)) Skip = "axe-core is not installed (npm ci --prefix tests/tools); layout tests skipped.";
    }
}

/// <summary>Where the axe-core accessibility engine is.</summary>
public static class Axe
{
    /// <summary>axe-core's browser bundle, installed by <c>npm ci --prefix tests/tools</c>.</summary>
    public static string ScriptPath => Path.Combine(Paths.Repository, "tests", "tools", "node_modules", "axe-core", "axe.min.js");
}

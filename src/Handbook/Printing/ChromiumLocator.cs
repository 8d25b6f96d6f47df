namespace Handbook.Cli.Printing;

/// <summary>Finds a Chromium or Chrome executable to print with.</summary>
internal static class ChromiumLocator
{
    /// <summary>The environment variable that names a browser explicitly.</summary>
    public const string EnvironmentVariable = "HANDBOOK_CHROMIUM";

    private static readonly string[] CommandNames =
    [
        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "microsoft-edge", "msedge",
    ];

    private static readonly string[] KnownPaths =
    [
        "/usr/bin/chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    ];

    /// <summary>The browser to use: the one named, else the environment variable, else the first found on PATH or in a known place.</summary>
    public static string? Find(string? named)
    {
        if (!string.IsNullOrWhiteSpace(named)) return File.Exists(named) ? Path.GetFullPath(named) : null;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment && File.Exists(fromEnvironment)) return fromEnvironment;
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe" } : new[] { "" };
        foreach (var name in CommandNames)
        {
            foreach (var directory in directories)
            {
                foreach (var extension in extensions)
                {
                    var candidate = Path.Combine(directory, name + extension);
                    if (File.Exists(candidate)) return candidate;
                }
            }
        }
        return KnownPaths.FirstOrDefault(File.Exists);
    }

    /// <summary>What to tell a user who has no browser.</summary>
    public const string InstallHelp =
        "handbook print needs Chromium, Google Chrome or Microsoft Edge to make PDFs, and found none. " +
        "Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS and Windows: install Google Chrome), " +
        "or name it with --chromium PATH or the HANDBOOK_CHROMIUM variable.";
}

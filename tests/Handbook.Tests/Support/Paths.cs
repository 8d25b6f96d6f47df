namespace Handbook.Tests.Support;

/// <summary>Locations the tests read from: the repository, its sample and theme, and the fixtures.</summary>
internal static class Paths
{
    /// <summary>The repository root (the folder holding Handbook.sln).</summary>
    public static string Repository { get; } = FindRepository();

    /// <summary>The sample handbook.</summary>
    public static string SampleInput => Path.Combine(Repository, "input");

    /// <summary>The default theme.</summary>
    public static string Theme => Path.Combine(Repository, "theme");

    /// <summary>A fixture file or folder under Fixtures/.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Handbook.sln not found above the test binaries.");
    }
}

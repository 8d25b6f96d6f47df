using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Integration;

/// <summary>Builds the sample handbook once for all the tests that inspect the site.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SampleSiteFixture()
    {
        Output = _dir.Combine("site");
        Result = HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Paths.SampleInput,
            OutputDirectory = Output,
            ThemeDirectory = Paths.Theme,
            WorkingDirectory = _dir.Path,
        });
    }

    /// <summary>The folder the sample was built into.</summary>
    public string Output { get; }

    /// <summary>What the build reported.</summary>
    public BuildResult Result { get; }

    public void Dispose() => _dir.Dispose();
}

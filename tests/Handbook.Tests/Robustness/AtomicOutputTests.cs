using System.Diagnostics;
using System.Security.Cryptography;
using Handbook.Corpus;
using Handbook.Pipeline;
using Handbook.Publishing;
using Handbook.Tests.Support;

namespace Handbook.Tests.Robustness;

public class AtomicOutputTests
{
    private static SortedDictionary<string, string> Manifest(string root) => new(
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))))
            : [],
        StringComparer.Ordinal);

    [Fact]
    public void Killing_a_build_at_any_moment_leaves_the_previous_site_or_the_new_one()
    {
        using var dir = new TempDirectory();
        var output = dir.Combine("site");
        Assert.True(HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = Paths.SampleInput, OutputDirectory = output, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        }).Published);
        var previous = Manifest(output);

        CorpusGenerator.Write(dir.Combine("corpus"), 400, seed: 5);
        var expected = dir.Combine("expected");
        Assert.True(HandbookPipeline.Build(new BuildOptions
        {
            InputDirectory = dir.Combine("corpus"), OutputDirectory = expected, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
        }).Published);
        var next = Manifest(expected);

        var random = new Random(11);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "handbook.dll"), "build", "--input", "corpus", "--output", "site", "--theme", Paths.Theme, "--quiet" })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            Thread.Sleep(random.Next(50, 2500));
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();

            // The next run's first step: put back a site that was moved aside when the process died.
            OutputWriter.RecoverInterruptedSwap(output);
            var now = Manifest(output);
            Assert.True(now.SequenceEqual(previous) || now.SequenceEqual(next), $"attempt {attempt}: the output is a mix of old and new");
            outcomes.Add(now.SequenceEqual(next) ? "new" : "previous");

            // Start each attempt from the previous site again.
            Directory.Delete(output, recursive: true);
            Assert.True(HandbookPipeline.Build(new BuildOptions
            {
                InputDirectory = Paths.SampleInput, OutputDirectory = output, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path,
            }).Published);
        }
        Assert.Contains("previous", outcomes);
    }
}

using System.Diagnostics;
using Handbook.Cli.Serving;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Robustness;

[Collection(SerialCollection.Name)]
public class ServeChurnTests
{
    private const int Edits = 100;

    // One leaked handle or buffer per rebuild would pass these many times over (200 rebuilds).
    private const int HandleSlack = 50;
    private const long MemorySlack = 64L * 1024 * 1024;

    [Fact]
    public async Task A_hundred_broken_and_fixed_edits_do_not_leak_handles_or_memory()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "input");
        await using var server = await DevServer.StartAsync(new BuildOptions { InputDirectory = input, ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path }, port: 0);
        var story = Path.Combine(input, "stories", "noisy-alerts-oncall.md");
        var original = File.ReadAllText(story);
        using var http = new HttpClient { BaseAddress = server.Address };

        // Warm up once, then measure from a settled state.
        server.Rebuild();
        var (handlesBefore, memoryBefore) = Usage();

        for (var i = 0; i < Edits; i++)
        {
            File.WriteAllText(story, StoryEdits.WithoutTradeoff(original));
            server.Rebuild();
            Assert.Contains(server.Site.Errors, d => d.RuleId == "missing-tradeoff");
            File.WriteAllText(story, original);
            server.Rebuild();
            Assert.Empty(server.Site.Errors);
            if (i % 10 == 0) Assert.True((await http.GetAsync("/")).IsSuccessStatusCode);
        }

        var (handlesAfter, memoryAfter) = Usage();
        Assert.Empty(OpenFilesUnder(dir.Path));
        Assert.True(handlesAfter - handlesBefore < HandleSlack, $"open handles grew from {handlesBefore} to {handlesAfter}");
        Assert.True(memoryAfter - memoryBefore < MemorySlack, $"managed memory grew from {memoryBefore / 1024 / 1024} MiB to {memoryAfter / 1024 / 1024} MiB");
    }

    /// <summary>Files this process holds open inside <paramref name="root"/> (Linux only; elsewhere none are seen).</summary>
    private static List<string> OpenFilesUnder(string root)
    {
        var open = new List<string>();
        const string descriptors = "/proc/self/fd";
        if (!Directory.Exists(descriptors)) return open;
        foreach (var fd in Directory.EnumerateFileSystemEntries(descriptors))
        {
            try
            {
                var target = new FileInfo(fd).LinkTarget;
                if (target is not null && target.StartsWith(root, StringComparison.Ordinal)) open.Add(target);
            }
            catch (IOException) { } // the descriptor closed while we looked
            catch (UnauthorizedAccessException) { }
        }
        return open;
    }

    private static (int Handles, long Memory) Usage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.HandleCount, GC.GetTotalMemory(forceFullCollection: true));
    }
}

using System.Diagnostics;
using Handbook.Pipeline;
using Handbook.Tests.Support;

namespace Handbook.Tests.Robustness;

public class DeterminismTests
{
    private static SortedDictionary<string, byte[]> Files(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(p => Path.GetRelativePath(root, p), File.ReadAllBytes),
        StringComparer.Ordinal);

    private static void AssertSame(string a, string b)
    {
        var first = Files(a);
        var second = Files(b);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(second[pair.Key]), pair.Key));
    }

    [Fact]
    public void Same_input_in_another_file_order_gives_the_same_bytes()
    {
        using var dir = new TempDirectory();
        var input = dir.CopyFrom(Paths.SampleInput, "a");
        // The same stories, created in reverse order and nested in sub-folders.
        var reversed = dir.Combine("b");
        Directory.CreateDirectory(Path.Combine(reversed, "stories", "z"));
        File.Copy(Path.Combine(input, "handbook.yml"), Path.Combine(reversed, "handbook.yml"));
        File.Copy(Path.Combine(input, "questions.yml"), Path.Combine(reversed, "questions.yml"));
        Directory.CreateDirectory(Path.Combine(reversed, "targets"));
        foreach (var target in Directory.GetFiles(Path.Combine(input, "targets")))
        {
            File.Copy(target, Path.Combine(reversed, "targets", Path.GetFileName(target)));
        }
        foreach (var story in Directory.GetFiles(Path.Combine(input, "stories")).OrderDescending(StringComparer.Ordinal))
        {
            File.Copy(story, Path.Combine(reversed, "stories", "z", Path.GetFileName(story)));
        }

        foreach (var (from, to) in new[] { (input, "site-a"), (reversed, "site-b") })
        {
            Assert.True(HandbookPipeline.Build(new BuildOptions { InputDirectory = from, OutputDirectory = dir.Combine(to), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path }).Published);
        }
        AssertSame(dir.Combine("site-a"), dir.Combine("site-b"));
    }

    [Fact]
    public void A_non_english_locale_gives_the_same_bytes()
    {
        using var dir = new TempDirectory();
        Assert.True(HandbookPipeline.Build(new BuildOptions { InputDirectory = Paths.SampleInput, OutputDirectory = dir.Combine("invariant"), ThemeDirectory = Paths.Theme, WorkingDirectory = dir.Path }).Published);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "handbook.dll"), "build", "--input", Paths.SampleInput, "--output", "turkish", "--theme", Paths.Theme })
        {
            start.ArgumentList.Add(arg);
        }
        // Turkish casing (dotted and dotless i) and decimal commas are the classic culture traps.
        start.Environment["LANG"] = "tr_TR.UTF-8";
        start.Environment["LC_ALL"] = "tr_TR.UTF-8";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false";
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, log);

        AssertSame(dir.Combine("invariant"), dir.Combine("turkish"));
    }
}

using BenchmarkDotNet.Attributes;
using Handbook.Pipeline;
using Handbook.Configuration;
using Handbook.Corpus;
using Handbook.Diagnostics;
using Handbook.Indexing;
using Handbook.Model;
using Handbook.Publishing;
using Handbook.Reading;
using Handbook.Rendering;
using Handbook.Searching;
using Handbook.Validation;

namespace Handbook.Benchmarks;

/// <summary>Each stage of a build on its own, over a synthetic handbook (Stories stories, seed 1).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    private string _root = "";
    private string[] _texts = [];
    private List<Story> _stories = [];
    private HandbookConfig _config = null!;
    private SiteIndex _index = null!;
    private Theme _theme = null!;
    private IReadOnlyList<OutputFile> _files = [];

    /// <summary>How many stories the handbook has.</summary>
    [Params(1000)]
    public int Stories { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), $"handbook-stage-bench-{Stories}");
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        var paths = CorpusGenerator.Write(Path.Combine(_root, "input"), Stories, seed: 1);
        _texts = paths.Select(File.ReadAllText).ToArray();
        _config = ConfigLoader.DefaultHandbook() with { Questions = ConfigLoader.DefaultQuestions() };
        _stories = Parse();
        _index = SiteIndex.Build(_stories, _config, includeDrafts: false);
        _theme = new Theme(FindTheme());
        _files = new SiteRenderer(_index, _config, _theme, new DiagnosticBag()) { Pages = SitePages.For(), Modules = HandbookPipeline.SiteModules() }.Render();
    }

    /// <summary>Front matter and sections of every story (no disk reads).</summary>
    [Benchmark]
    public List<Story> Parse()
    {
        var bag = new DiagnosticBag();
        return _texts.Select((text, i) => StoryReader.Parse(text, $"story-{i}.md", bag)!).ToList();
    }

    /// <summary>Every rule over every story; fresh story objects each time so no per-story cache is warm.</summary>
    [Benchmark]
    public int Validate()
    {
        var bag = new DiagnosticBag();
        Validator.Run(RuleSet.CreateDefault(), Parse(), _config, bag);
        return bag.Sorted().Count;
    }

    /// <summary>The three cross-indexes.</summary>
    [Benchmark]
    public SiteIndex Index() => SiteIndex.Build(_stories, _config, includeDrafts: false);

    /// <summary>Every page, the search index and the assets, in memory (fresh stories: no warm digests).</summary>
    [Benchmark]
    public int Render()
    {
        var index = SiteIndex.Build(Parse(), _config, includeDrafts: false);
        return new SiteRenderer(index, _config, _theme, new DiagnosticBag()) { Pages = SitePages.For(), Modules = HandbookPipeline.SiteModules() }.Render().Count;
    }

    /// <summary>The search index alone (fresh stories).</summary>
    [Benchmark]
    public int SearchIndex() => SearchIndexBuilder.Build(SiteIndex.Build(Parse(), _config, includeDrafts: false)).Count;

    /// <summary>Writing the rendered site by staging and swap.</summary>
    [Benchmark]
    public void Write() => OutputWriter.Publish(_files, Path.Combine(_root, "output"));

    private static string FindTheme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var theme = Path.Combine(dir.FullName, "theme");
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.sln")) && Directory.Exists(theme)) return theme;
        }
        return Path.Combine(AppContext.BaseDirectory, "theme");
    }
}

using System.Collections.Concurrent;
using Handbook.Configuration;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Reading;
using Handbook.Rendering;

namespace Handbook.Pipeline;

/// <summary>
/// What one build can hand to the next (<c>serve</c> keeps one): stories are re-read only when their file
/// changed, and a story's page is re-rendered only when the story, its neighbours, the configuration or the
/// theme changed. Unchanged stories stay the same objects, so their facts, findings and search terms are reused.
/// Cached diagnostics are replayed, so a cached build reports exactly what a fresh one would.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Story? Story, IReadOnlyList<Diagnostic> Diagnostics)> _stories = new(StringComparer.Ordinal);
    private (FileStamp Handbook, FileStamp Questions, HandbookConfig Config, IReadOnlyList<Diagnostic> Diagnostics)? _config;

    /// <summary>The facts of each story (the analysis stage), kept while the story object lives.</summary>
    public Analysis.StoryAnalysis Analysis { get; } = new();

    /// <summary>The search terms of each story's text, kept while the story object lives.</summary>
    public Searching.SearchTermCache SearchTerms { get; } = new();

    /// <summary>Per-story rule findings, kept while the story object lives.</summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<Story, Validation.StoryFindings> Findings { get; } = new();

    /// <summary>The rules used with <see cref="Findings"/>; one set for the cache's life, so findings stay comparable.</summary>
    public Validation.RuleSet Rules { get; } = Validation.RuleSet.CreateDefault();

    /// <summary>Rendered pages already parsed for the link check, reused while their bytes stay the same.</summary>
    public Checking.LinkCache Links { get; } = new();

    /// <summary>What rendering reuses: compiled templates, cards and story pages.</summary>
    public RenderCache Render { get; } = new();

    /// <summary>How many story pages were actually rendered (not reused), since the cache was made.</summary>
    public int PagesRendered => Render.PagesRendered;

    /// <summary>How many story files were actually read (not served from the cache), since the cache was made.</summary>
    public int StoriesRead => _storiesRead;

    private int _storiesRead;

    /// <summary>The story at <paramref name="path"/>, read again only when its size or time changed.</summary>
    public Story? ReadStory(string path, DiagnosticBag diagnostics)
    {
        var stamp = FileStamp.Of(path);
        if (_stories.TryGetValue(path, out var cached) && cached.Stamp == stamp)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Story;
        }
        Interlocked.Increment(ref _storiesRead);
        var (story, found) = diagnostics.Recording(own => StoryReader.Read(path, own));
        _stories[path] = (stamp, story, found);
        return story;
    }

    /// <summary>Forgets the stories whose files are gone.</summary>
    public void Keep(IReadOnlyCollection<string> paths)
    {
        var kept = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _stories.Keys.Where(p => !kept.Contains(p))) _stories.TryRemove(path, out _);
    }

    /// <summary>The configuration, parsed again only when handbook.yml or questions.yml changed.</summary>
    public HandbookConfig LoadConfig(string input, IReadOnlyCollection<string> knownRules, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? knownOptions = null)
    {
        var handbook = FileStamp.Of(Path.Combine(input, ConfigFiles.Handbook));
        var questions = FileStamp.Of(Path.Combine(input, ConfigFiles.Questions));
        if (_config is { } cached && cached.Handbook == handbook && cached.Questions == questions)
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Config;
        }
        var (config, found) = diagnostics.Recording(own => ConfigLoader.Load(input, knownRules, own, knownOptions));
        _config = (handbook, questions, config, found);
        return config;
    }

    /// <summary>A file's size and last write time: enough to tell an edit from no edit.</summary>
    internal readonly record struct FileStamp(long Length, DateTime Written)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
        }
    }
}

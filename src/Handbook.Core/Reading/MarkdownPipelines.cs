using Markdig;

namespace Handbook.Reading;

/// <summary>The Markdig pipelines the engine uses, built once and shared (they are thread-safe).</summary>
public static class MarkdownPipelines
{
    /// <summary>Raw HTML in stories is rendered as text.</summary>
    public static MarkdownPipeline Safe { get; } = Create(allowHtml: false);

    /// <summary>Raw HTML in stories passes through (<c>allowHtml: true</c>).</summary>
    public static MarkdownPipeline WithHtml { get; } = Create(allowHtml: true);

    /// <summary>The pipeline for a handbook's setting.</summary>
    public static MarkdownPipeline For(bool allowHtml) => allowHtml ? WithHtml : Safe;

    private static MarkdownPipeline Create(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UsePreciseSourceLocation();
        if (!allowHtml) builder.DisableHtml();
        return builder.Build();
    }
}

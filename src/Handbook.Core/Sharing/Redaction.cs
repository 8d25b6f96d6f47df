using Handbook.Configuration;
using Handbook.Model;
using Handbook.Targets;

namespace Handbook.Sharing;

/// <summary>
/// The share build's first stage: the read configuration, stories and target loops with every confidential term
/// replaced, before anything is validated or rendered, so every page, data file, file name and address of the site
/// is made from redacted values. Pure.
/// </summary>
public static class Redaction
{
    /// <summary>
    /// Every confidential term of the handbook: <c>handbook.yml</c>'s first, then each story's (by path). A story's
    /// terms apply to the whole site: a customer named in one story is as confidential in the next.
    /// </summary>
    public static Redactor For(HandbookConfig config, IEnumerable<Story> stories) =>
        new(config.Confidential.Concat(stories.OrderBy(s => s.SourcePath, StringComparer.Ordinal).SelectMany(s => s.Confidential)));

    /// <summary>The configuration's texts redacted: titles, author, email, competencies and question patterns.</summary>
    public static HandbookConfig Apply(HandbookConfig config, Redactor redactor) => redactor.IsEmpty ? config : config with
    {
        Title = redactor.Text(config.Title),
        Author = redactor.Text(config.Author),
        Email = redactor.Text(config.Email),
        Competencies = config.Competencies.Select(c => c with { Title = redactor.Text(c.Title), Description = redactor.Text(c.Description) }).ToList(),
        Questions = config.Questions.Select(q => q with { Title = redactor.Text(q.Title), Prompts = redactor.Texts(q.Prompts) }).ToList(),
    };

    /// <summary>A story redacted: every text field, the Markdown body, the slug and the old slugs.</summary>
    public static Story Apply(Story story, Redactor redactor) => redactor.IsEmpty ? story : story with
    {
        Slug = redactor.Slug(story.Slug),
        Title = redactor.Text(story.Title),
        Summary = redactor.Text(story.Summary),
        Metrics = redactor.Texts(story.Metrics),
        Tradeoff = redactor.Text(story.Tradeoff),
        Tags = redactor.Texts(story.Tags),
        RedirectFrom = redactor.Slugs(story.RedirectFrom),
        Allow = story.Allow.ToDictionary(a => a.Key, a => redactor.Text(a.Value), StringComparer.Ordinal),
        Preamble = redactor.Markdown(story.Preamble),
        Sections = story.Sections.Select(s => s with { Heading = redactor.Text(s.Heading), Markdown = redactor.Markdown(s.Markdown) }).ToList(),
        InlineLabels = story.InlineLabels.Select(l => l with { Text = redactor.Markdown(l.Text) }).ToList(),
        LabelHints = story.LabelHints.Select(h => h with { Written = redactor.Text(h.Written) }).ToList(),
    };

    /// <summary>A target loop redacted: its id (the page's file name), title, values and rounds.</summary>
    public static TargetLoop Apply(TargetLoop target, Redactor redactor) => redactor.IsEmpty ? target : target with
    {
        Id = redactor.Slug(target.Id),
        Title = redactor.Text(target.Title),
        Values = target.Values.Select(v => v with
        {
            Id = redactor.Slug(v.Id),
            Title = redactor.Text(v.Title),
            Prompts = redactor.Texts(v.Prompts),
            Description = redactor.Text(v.Description),
        }).ToList(),
        Rounds = target.Rounds.Select(r => r with { Title = redactor.Text(r.Title), Values = redactor.Slugs(r.Values) }).ToList(),
    };
}

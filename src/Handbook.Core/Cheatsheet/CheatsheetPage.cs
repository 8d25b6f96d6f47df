using Handbook.Indexing;
using Handbook.Model;
using Handbook.Rendering;

namespace Handbook.Cheatsheet;

/// <summary>The one-page cheat sheet: the selected stories as numbered cards, the STAR-TR beats, and which story answers which question.</summary>
public sealed class CheatsheetPage : IPageModule
{
    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => [new(strings["nav.cheatsheet"], SiteRenderer.CheatsheetPath)];

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        yield return context.Page(SiteRenderer.CheatsheetPath, "cheatsheet", "cheatsheet", () => Model(context));
    }

    private static CheatsheetView Model(PageContext context)
    {
        var index = context.Index;
        var selected = CheatsheetSelection.Select(index.Stories);
        var numbers = selected.Select((story, i) => (story.Slug, Number: i + 1)).ToDictionary(x => x.Slug, x => x.Number, StringComparer.Ordinal);
        var cards = selected.Select((story, i) => new CheatCardView(
            i + 1,
            story.Title,
            Links.Relative(SiteRenderer.CheatsheetPath, Links.StoryPath(story.Slug)),
            story.Level?.Title() ?? "",
            context.Facts(story).Hook,
            context.Facts(story).KeyMetric,
            context.Facts(story).TradeoffLine,
            string.Join(" · ", story.Patterns.Select(id => index.Find(Axis.Pattern, id)?.Title).OfType<string>()))).ToList();
        var map = index.Patterns
            .Select(p => (Pattern: p, Numbers: p.Stories.Where(s => numbers.ContainsKey(s.Slug)).Select(s => numbers[s.Slug]).Order().ToList()))
            .Where(x => x.Numbers.Count > 0)
            .Select(x => new QuestionMapView(x.Pattern.Title, string.Join(", ", x.Numbers), x.Pattern.HighSignal))
            .ToList();
        var gaps = index.Patterns.Where(p => p.HighSignal && !p.Stories.Any(s => numbers.ContainsKey(s.Slug))).Select(p => p.Title);
        // The STAR-TR beats and how long each takes to say, for the reminder strip.
        var beats = context.Strings.Records("cheatsheet.beats")
            .Select(b => new BeatView(b.GetValueOrDefault("title", ""), b.GetValueOrDefault("seconds", ""), b.GetValueOrDefault("prompt", "")))
            .ToList();
        return new CheatsheetView(context.Config.Title, context.Config.Author, CheatsheetFit.Columns(cards.Count), cards, beats, map, string.Join("; ", gaps))
        {
            CountLabel = context.Strings.Count("cheatsheet.stories", cards.Count),
        };
    }
}

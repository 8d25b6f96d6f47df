using System.Globalization;
using Handbook.Analysis;
using Handbook.Configuration;
using Handbook.Model;
using Handbook.Rendering;

namespace Handbook.Targets;

/// <summary>
/// The pages of the target loops: <c>targets/&lt;id&gt;.html</c> per loop (a one-page plan that prints like the
/// cheat sheet) and <c>targets/index.html</c> when there are several.
/// </summary>
/// <param name="plans">The planned target loops; none gives no page.</param>
public sealed class TargetPages(IReadOnlyList<TargetPlan> plans) : IPageModule
{
    /// <summary>The folder of the target pages.</summary>
    public const string Folder = "targets";

    /// <summary>The overview of several targets.</summary>
    public const string IndexPath = Folder + "/index.html";

    /// <summary>Candidates listed per value; the rest are counted.</summary>
    public const int StoriesPerValue = 5;

    /// <summary>The page of one target.</summary>
    public static string PagePath(string id) => $"{Folder}/{id}.html";

    /// <summary>Where the navigation's "Targets" link leads: the one target's page, or the overview; null without targets.</summary>
    public static string? NavTarget(IReadOnlyList<TargetPlan> plans) => plans.Count switch
    {
        0 => null,
        1 => PagePath(plans[0].Target.Id),
        _ => IndexPath,
    };

    /// <inheritdoc />
    public IEnumerable<NavEntry> Navigation(ThemeStrings strings) => NavTarget(plans) is { } target ? [new(strings["nav.targets"], target, $"{Folder}/")] : [];

    /// <inheritdoc />
    public IEnumerable<PagePlan> Plan(PageContext context)
    {
        foreach (var plan in plans)
        {
            yield return new PagePlan(PagePath(plan.Target.Id), "target", _ => Model(plan, context, plans))
            {
                Title = plan.Target.Title,
                Description = context.Strings.Format("target.description", ("target", plan.Target.Title)),
                BodyClass = "target",
            };
        }
        if (plans.Count > 1)
        {
            yield return context.Page(IndexPath, "targets", "targets", () => IndexModel(plans, context.Strings));
        }
    }

    /// <summary>The model of a target's page.</summary>
    public static TargetView Model(TargetPlan plan, PageContext context, IReadOnlyList<TargetPlan> all)
    {
        var (config, analysis, strings) = (context.Config, context.Index.Analysis, context.Strings);
        var target = plan.Target;
        var path = PagePath(target.Id);
        string Href(Story story) => Links.Relative(path, Links.StoryPath(story.Slug));
        string CompetencyTitles(IEnumerable<string> ids) => string.Join(" · ", ids.Select(id => config.FindCompetency(id)?.Title ?? id));

        TargetPickView PickView(Pick pick) => pick.Story is { } story
            ? new TargetPickView(pick.Value.Title, story.Title, Href(story), story.Slug, story.Level?.Title() ?? "", analysis.Of(story).KeyMetric,
                analysis.Of(story).TradeoffLine, pick.Explanation, false, pick.Retold)
            : new TargetPickView(pick.Value.Title, "", "", "", "", "", "", pick.Explanation, true, false);

        var rounds = plan.Rounds.Select(r => new TargetRoundView(
            r.Round.Number,
            r.Round.Title,
            r.Round.Minutes is { } minutes ? $"{minutes} min" : "",
            string.Join(' ', r.Stories.Select(s => s.Slug)),
            r.Picks.Select(PickView).ToList(),
            r.Backup is { } backup ? PickView(backup) : null,
            r.Picks.Count == 0 ? strings["target.noValues"] : r.Backup is null ? strings["target.noBackup"] : "")).ToList();

        // Where each story is told or kept, for the lists per value.
        var uses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var round in plan.Rounds)
        {
            foreach (var story in round.Stories) Use(story.Slug, strings.Format("target.toldIn", ("round", round.Round.Number)));
            if (round.Backup?.Story is { } backup) Use(backup.Slug, strings.Format("target.backupIn", ("round", round.Round.Number)));
        }
        void Use(string slug, string where)
        {
            if (!uses.TryGetValue(slug, out var list)) uses[slug] = list = [];
            if (!list.Contains(where)) list.Add(where);
        }

        var values = plan.Values.Select(v => new TargetValueView(
            v.Value.Id,
            v.Value.Title,
            v.Value.Description,
            CompetencyTitles(v.Value.Competencies),
            v.Value.Prompts,
            v.IsGap,
            v.Ranked.Take(StoriesPerValue).Select(r => new TargetCandidateView(
                r.Rank + 1,
                r.Story.Title,
                Href(r.Story),
                r.Story.Level?.Title() ?? "",
                Reasons(v.Value, r, target.Level, strings),
                uses.TryGetValue(r.Story.Slug, out var used) ? string.Join(", ", used) : "")).ToList(),
            Math.Max(0, v.Ranked.Count - StoriesPerValue))).ToList();

        var gaps = plan.Values.Where(v => v.IsGap).Select(v => new TargetGapView(
            v.Value.Title,
            CompetencyTitles(v.Value.Competencies),
            string.Join(", ", target.Rounds.Where(r => r.Values.Contains(v.Value.Id)).Select(r => r.Number.ToString(CultureInfo.InvariantCulture))))).ToList();

        var facts = new List<string>();
        if (target.Level is { } level) facts.Add(strings.Format("target.level", ("level", level.Title())));
        if (target.Date is { } date) facts.Add(date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
        facts.Add(strings.Count("target.rounds", target.Rounds.Count));
        facts.Add(strings.Count("target.values", target.Values.Count));

        return new TargetView(
            target.Id,
            target.Title,
            string.Join(" · ", facts),
            target.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ShortBank(plan, strings),
            gaps,
            rounds,
            values,
            Links.Relative(path, $"practice.html#target={Uri.EscapeDataString(target.Id)}"),
            all.Count > 1 ? "index.html" : ""); // the overview is in the same folder
    }

    /// <summary>The model of the overview of several targets.</summary>
    public static TargetsIndexView IndexModel(IReadOnlyList<TargetPlan> plans, ThemeStrings strings) => new(plans
        .Select(p => new TargetSummaryView(
            p.Target.Title,
            $"{p.Target.Id}.html", // in the same folder as the overview
            string.Join(" · ", new[]
            {
                p.Target.Level is { } l ? strings.Format("target.level", ("level", l.Title())) : "",
                p.Target.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "",
                strings.Count("target.rounds", p.Target.Rounds.Count),
            }.Where(x => x.Length > 0)),
            p.Gaps.Count(),
            !p.NoRepeats))
        .ToList());

    private static string ShortBank(TargetPlan plan, ThemeStrings strings)
    {
        if (plan.NoRepeats) return "";
        var told = plan.Retold.Select(r => strings.Format("target.retold", ("story", r.Story.Title), ("rounds", string.Join(strings["target.and"], r.Rounds))));
        return strings.Format("target.shortBank", ("retold", string.Join("; ", told)));
    }

    private static string Reasons(TargetValue value, RankedStory ranked, Level? applied, ThemeStrings strings)
    {
        var reasons = new List<string>();
        if (applied is not null && ranked.LevelDistance is { } distance)
        {
            reasons.Add(strings[distance == 0 ? "target.atLevel" : distance > 0 ? "target.aboveLevel" : "target.belowLevel"]);
        }
        if (value.Prompts.Count > 0)
        {
            reasons.Add(strings.Format("target.answers", ("answered", ranked.PromptsAnswered.Count), ("prompts", strings.Count("target.prompts", value.Prompts.Count))));
        }
        if (ranked.Practice is { } practice)
        {
            reasons.Add(strings.Format("target.practised", ("times", strings.Count("target.times", practice.Attempts)), ("nailed", practice.Nailed)));
        }
        return string.Join("; ", reasons);
    }
}

/// <summary>A target loop's page.</summary>
/// <param name="Id">The target's id.</param>
/// <param name="Title">The loop's title.</param>
/// <param name="Facts">Level, date, rounds and values, joined.</param>
/// <param name="Date">The loop's date as yyyy-MM-dd; empty when unknown.</param>
/// <param name="ShortBank">What the plan could not avoid retelling; empty when nothing is retold.</param>
/// <param name="Gaps">Values no story shows.</param>
/// <param name="Rounds">The plan, round by round.</param>
/// <param name="Values">The stories per value, best first.</param>
/// <param name="PracticeHref">The practice page narrowed to this target.</param>
/// <param name="IndexHref">The overview of targets; empty when there is only this one.</param>
public sealed record TargetView(
    string Id,
    string Title,
    string Facts,
    string Date,
    string ShortBank,
    IReadOnlyList<TargetGapView> Gaps,
    IReadOnlyList<TargetRoundView> Rounds,
    IReadOnlyList<TargetValueView> Values,
    string PracticeHref,
    string IndexHref);

/// <summary>A value no story shows.</summary>
/// <param name="Title">The value.</param>
/// <param name="Competencies">The competencies a story would need, joined.</param>
/// <param name="Rounds">The numbers of the rounds that grade it, joined; empty when none does.</param>
public sealed record TargetGapView(string Title, string Competencies, string Rounds);

/// <summary>One round of the plan.</summary>
/// <param name="Number">1-based position.</param>
/// <param name="Title">The round's title.</param>
/// <param name="Minutes">"45 min", or empty.</param>
/// <param name="Stories">The slugs of the stories to tell, space-separated (for <c>data-stories</c>).</param>
/// <param name="Picks">Per value: the story to tell, or a gap.</param>
/// <param name="Backup">The backup story; null when there is none.</param>
/// <param name="Note">Why the round has no story or no backup; empty otherwise.</param>
public sealed record TargetRoundView(int Number, string Title, string Minutes, string Stories, IReadOnlyList<TargetPickView> Picks, TargetPickView? Backup, string Note);

/// <summary>A story chosen for a value (or a gap, when <see cref="Gap"/>).</summary>
/// <param name="Value">The value's title.</param>
/// <param name="Title">The story's title; empty for a gap.</param>
/// <param name="Href">The story's page.</param>
/// <param name="Slug">The story's slug.</param>
/// <param name="Level">The story's level.</param>
/// <param name="KeyMetric">The story's key number.</param>
/// <param name="Tradeoff">The story's trade-off line.</param>
/// <param name="Why">The explanation of the choice.</param>
/// <param name="Gap">True when no story shows the value.</param>
/// <param name="Retold">True when the story is told in another round too.</param>
public sealed record TargetPickView(string Value, string Title, string Href, string Slug, string Level, string KeyMetric, string Tradeoff, string Why, bool Gap, bool Retold);

/// <summary>A value and its stories.</summary>
/// <param name="Id">The value's id (its anchor).</param>
/// <param name="Title">The value's title.</param>
/// <param name="Description">What the company means by it.</param>
/// <param name="Competencies">The competencies that show it, joined.</param>
/// <param name="Prompts">How it is asked.</param>
/// <param name="Gap">True when no story shows it.</param>
/// <param name="Stories">The best candidates, best first.</param>
/// <param name="More">How many more candidates there are.</param>
public sealed record TargetValueView(string Id, string Title, string Description, string Competencies, IReadOnlyList<string> Prompts, bool Gap,
    IReadOnlyList<TargetCandidateView> Stories, int More);

/// <summary>A story ranked for a value.</summary>
/// <param name="Rank">1-based rank.</param>
/// <param name="Title">The story's title.</param>
/// <param name="Href">The story's page.</param>
/// <param name="Level">The story's level.</param>
/// <param name="Reasons">What the rank rests on.</param>
/// <param name="Use">Where the plan tells it ("round 2", "backup in round 1"); empty when it does not.</param>
public sealed record TargetCandidateView(int Rank, string Title, string Href, string Level, string Reasons, string Use);

/// <summary>The overview of several targets.</summary>
/// <param name="Targets">One line per target, by id.</param>
public sealed record TargetsIndexView(IReadOnlyList<TargetSummaryView> Targets);

/// <summary>A target on the overview.</summary>
/// <param name="Title">The loop's title.</param>
/// <param name="Href">Its page.</param>
/// <param name="Facts">Level, date and rounds.</param>
/// <param name="GapCount">Values no story shows.</param>
/// <param name="Retells">True when the plan has to retell a story.</param>
public sealed record TargetSummaryView(string Title, string Href, string Facts, int GapCount, bool Retells);

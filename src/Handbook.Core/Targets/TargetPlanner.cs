using Handbook.Configuration;
using Handbook.Indexing;
using Handbook.Model;

namespace Handbook.Targets;

/// <summary>
/// Plans a loop from the story bank. Pure and deterministic: the same target, stories and practice record give
/// the same plan, whatever order the stories come in.
/// <list type="number">
/// <item>Per value, every story that shows one of its competencies is ranked: nearest the level applied for
/// (a level above beats one below), then most of the value's prompts answered by the story's question patterns,
/// then most of the value's competencies shown, then the best practice record, then site order.</item>
/// <item>Each round gets one story per value it grades. The stories are assigned all at once so that no story
/// is told in two rounds while the bank has enough, and the sum of their ranks is as small as it can be.
/// Only when the bank runs out is a story told again, and the plan says so.</item>
/// <item>Each round gets a backup: the best story for its values that no round tells, if there is one.</item>
/// </list>
/// </summary>
public static class TargetPlanner
{
    /// <summary>Plans every target over the same stories.</summary>
    public static IReadOnlyList<TargetPlan> PlanAll(IEnumerable<TargetLoop> targets, IReadOnlyList<Story> stories, HandbookConfig config, PracticeRecord? practice = null) =>
        targets.Select(t => Plan(t, stories, config, practice)).ToList();

    /// <summary>Plans one loop.</summary>
    /// <param name="target">The loop.</param>
    /// <param name="stories">The stories to choose from (the published ones).</param>
    /// <param name="config">The configuration: competency titles and the question bank the prompts are matched against.</param>
    /// <param name="practice">The practice log, when known.</param>
    public static TargetPlan Plan(TargetLoop target, IReadOnlyList<Story> stories, HandbookConfig config, PracticeRecord? practice = null)
    {
        var bank = SiteIndex.InSiteOrder(stories);
        var values = target.Values.Select(v => new ValueStories(v, Rank(v, target.Level, bank, config, practice ?? PracticeRecord.None))).ToList();
        var byValue = values.ToDictionary(v => v.Value.Id, StringComparer.Ordinal);

        // One slot per value per round; gaps have no candidates and get no slot.
        var slots = target.Rounds
            .SelectMany(r => r.Values.Where(id => byValue.ContainsKey(id)).Select(id => new Slot(r, byValue[id])))
            .ToList();
        var filled = Assign(slots.Where(s => !s.Value.IsGap).Select(s => s.Value).ToList());
        var open = slots.Where(s => !s.Value.IsGap).ToList();
        var chosen = new Dictionary<SlotKey, Story>();
        for (var i = 0; i < open.Count; i++)
        {
            if (filled[i] is { } story) chosen[new SlotKey(open[i].Round.Number, open[i].Value.Value.Id)] = story;
        }
        // Slots the bank cannot fill with a story of their own retell one, preferring the story told least.
        var retold = new HashSet<SlotKey>();
        for (var i = 0; i < open.Count; i++)
        {
            if (filled[i] is not null) continue;
            var (round, value) = open[i];
            var inRound = chosen.Where(c => c.Key.Round == round.Number).Select(c => c.Value).ToHashSet(ReferenceEqualityComparer.Instance);
            var pick = value.Ranked
                .Where(r => !inRound.Contains(r.Story))
                .OrderBy(r => chosen.Values.Count(s => ReferenceEquals(s, r.Story)))
                .ThenBy(r => r.Rank)
                .Select(r => r.Story)
                .FirstOrDefault() ?? value.Ranked[0].Story;
            chosen[new SlotKey(round.Number, value.Value.Id)] = pick;
            retold.Add(new SlotKey(round.Number, value.Value.Id));
        }

        var tellers = chosen
            .GroupBy(c => c.Value, SameStory.Instance)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Key).OrderBy(k => k.Round).ToList(), SameStory.Instance);
        var explain = new Explainer(target, config, chosen, tellers);
        var backups = new HashSet<Story>(SameStory.Instance);
        var rounds = new List<RoundPlan>();
        foreach (var round in target.Rounds)
        {
            var picks = new List<Pick>();
            foreach (var id in round.Values.Where(byValue.ContainsKey))
            {
                var value = byValue[id];
                if (value.IsGap)
                {
                    picks.Add(new Pick(value.Value, null, $"No story shows {value.Value.Title} yet: a gap to fill before round {round.Number}."));
                    continue;
                }
                var story = chosen[new SlotKey(round.Number, id)];
                var again = tellers[story].Select(k => k.Round).Distinct().Count() > 1;
                picks.Add(new Pick(value.Value, story, explain.Primary(round, value, story, retold.Contains(new SlotKey(round.Number, id))), again));
            }
            var backup = Backup(round, picks, byValue, tellers, backups, explain);
            if (backup?.Story is { } kept) backups.Add(kept);
            rounds.Add(new RoundPlan(round, picks, backup));
        }

        var repeated = tellers
            .Select(t => new RetoldStory(t.Key, t.Value.Select(k => k.Round).Distinct().ToList()))
            .Where(t => t.Rounds.Count > 1)
            .OrderBy(t => t.Rounds[0]).ThenBy(t => t.Story.Title, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Story.Slug, StringComparer.Ordinal)
            .ToList();
        return new TargetPlan { Target = target, Values = values, Rounds = rounds, Retold = repeated };
    }

    /// <summary>The level distance used to rank: 0 at the level applied for, positive above, negative below.</summary>
    public static int? LevelDistance(Level? story, Level? applied) => story is { } s && applied is { } a ? (int)s - (int)a : null;

    // Lower is better: a level above the one applied for costs one per step, a level below two, an unknown one the most.
    private static int LevelCost(int? distance, Level? applied) =>
        applied is null ? 0 : distance is not { } d ? 10 : d >= 0 ? d : -2 * d;

    private static List<RankedStory> Rank(TargetValue value, Level? applied, IReadOnlyList<Story> bank, HandbookConfig config, PracticeRecord practice)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < bank.Count; i++)
        {
            var story = bank[i];
            var shown = value.Competencies.Where(story.Competencies.Contains).ToList();
            if (shown.Count == 0) continue;
            var asked = story.Patterns.Select(config.FindPattern).OfType<QuestionPattern>().SelectMany(p => p.Prompts.Prepend(p.Title)).ToList();
            var answered = value.Prompts.Where(p => PromptMatcher.Answers(p, asked)).ToList();
            candidates.Add(new Candidate(new RankedStory(story, 0, LevelDistance(story.Level, applied), shown, answered, practice.For(story.Patterns)), i));
        }
        return candidates
            .OrderBy(c => LevelCost(c.Story.LevelDistance, applied))
            .ThenByDescending(c => c.Story.PromptsAnswered.Count)
            .ThenByDescending(c => c.Story.Competencies.Count)
            .ThenByDescending(c => c.Story.Practice?.Score ?? 0)
            .ThenBy(c => c.Order)
            .Select((c, rank) => c.Story with { Rank = rank })
            .ToList();
    }

    // A story per slot, no story in two slots, fewest slots left without one, then the smallest sum of ranks.
    // Only a slot's first n candidates matter (n slots): one of them is always free and cheaper than any below.
    private static Story?[] Assign(IReadOnlyList<ValueStories> slots)
    {
        if (slots.Count == 0) return [];
        var columns = new List<Story>();
        var column = new Dictionary<Story, int>(SameStory.Instance);
        foreach (var slot in slots)
        {
            foreach (var candidate in slot.Ranked.Take(slots.Count))
            {
                if (column.TryAdd(candidate.Story, columns.Count)) columns.Add(candidate.Story);
            }
        }
        var width = Math.Max(columns.Count, slots.Count); // extra columns are "no story of its own"
        // Rank sums first; among equal sums, the better stories go to the earlier rounds (slots are in round order).
        long n = slots.Count, earlier = n * n + 1;
        // Leaving a slot without a story of its own costs more than any sum of real costs (each under n * earlier * n).
        var unfilled = n * n * earlier * n + 1;
        var cost = new long[slots.Count, width];
        for (var i = 0; i < slots.Count; i++)
        {
            // When the bank runs out, the later rounds are the ones that retell.
            for (var j = 0; j < width; j++) cost[i, j] = unfilled + (n - i);
            foreach (var candidate in slots[i].Ranked.Take(slots.Count)) cost[i, column[candidate.Story]] = candidate.Rank * earlier * n + candidate.Rank * (n - i);
        }
        var match = Hungarian(cost);
        var stories = new Story?[match.Length];
        for (var i = 0; i < match.Length; i++) stories[i] = match[i] < columns.Count && cost[i, match[i]] < unfilled ? columns[match[i]] : null;
        return stories;
    }

    // The assignment of minimum cost of each row to a distinct column (rows <= columns), by the Hungarian method
    // with potentials. Deterministic: ties go to the lowest column index.
    private static int[] Hungarian(long[,] cost)
    {
        int n = cost.GetLength(0), m = cost.GetLength(1);
        var u = new long[n + 1];
        var v = new long[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = new long[m + 1];
            for (var j = 0; j <= m; j++) minv[j] = long.MaxValue;
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = long.MaxValue;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    var current = cost[i0 - 1, j - 1] - u[i0] - v[j];
                    if (current < minv[j])
                    {
                        minv[j] = current;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        var rows = new int[n];
        for (var j = 1; j <= m; j++)
        {
            if (p[j] != 0) rows[p[j] - 1] = j - 1;
        }
        return rows;
    }

    // The backup: the best-ranked story for the round's values that the round does not tell; first one no round
    // tells and no earlier round keeps as its backup, then one no round tells, then one told in another round.
    private static Pick? Backup(TargetRound round, IReadOnlyList<Pick> picks, IReadOnlyDictionary<string, ValueStories> byValue,
        IReadOnlyDictionary<Story, List<SlotKey>> tellers, HashSet<Story> earlierBackups, Explainer explain)
    {
        var told = picks.Select(p => p.Story).OfType<Story>().ToHashSet(ReferenceEqualityComparer.Instance);
        var options = round.Values
            .Where(byValue.ContainsKey)
            .SelectMany((id, order) => byValue[id].Ranked.Select(r => new BackupOption(byValue[id], order, r)))
            .Where(o => !told.Contains(o.Ranked.Story))
            .OrderBy(o => tellers.ContainsKey(o.Ranked.Story) ? 2 : earlierBackups.Contains(o.Ranked.Story) ? 1 : 0)
            .ThenBy(o => o.Ranked.Rank)
            .ThenBy(o => o.Order)
            .ToList();
        if (options.Count == 0) return null;
        var (value, _, ranked) = options[0];
        return new Pick(value.Value, ranked.Story, explain.Backup(round, value, ranked, tellers), tellers.ContainsKey(ranked.Story));
    }

    // Small classes, not value tuples: framework generics over value types have no ready-to-run code, and the JIT
    // compiled them in every build of a handbook with targets.
    private sealed record Slot(TargetRound Round, ValueStories Value);

    private sealed record SlotKey(int Round, string Value);

    private sealed record Candidate(RankedStory Story, int Order);

    private sealed record BackupOption(ValueStories Value, int Order, RankedStory Ranked);

    /// <summary>Stories by identity: a record's value equality compares every section, and two stories never share an object.</summary>
    private sealed class SameStory : IEqualityComparer<Story>
    {
        public static readonly SameStory Instance = new();

        public bool Equals(Story? x, Story? y) => ReferenceEquals(x, y);

        public int GetHashCode(Story story) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(story);
    }

    /// <summary>Writes the one-sentence reason for each choice.</summary>
    private sealed class Explainer(
        TargetLoop target,
        HandbookConfig config,
        IReadOnlyDictionary<SlotKey, Story> chosen,
        IReadOnlyDictionary<Story, List<SlotKey>> tellers)
    {
        public string Primary(TargetRound round, ValueStories value, Story story, bool retold)
        {
            var ranked = value.Ranked.First(r => ReferenceEquals(r.Story, story));
            var title = value.Value.Title;
            var start = $"Told in round {round.Number} for {title}";
            if (retold)
            {
                var others = tellers[story].Where(k => k.Round != round.Number).Select(k => k.Round).Distinct().ToList();
                return $"{start}, again (also in {Rounds(others)}): the bank has {Count(value.Ranked.Count, "story")} that {(value.Ranked.Count == 1 ? "shows" : "show")} {title}, "
                    + $"too few for every round that grades it. Write another {Competencies(value.Value)} story.";
            }
            if (value.Ranked.Count == 1) return $"{start} because it is the only {title} story.";
            if (ranked.Rank == 0)
            {
                if (ranked.LevelDistance == 0 && value.Ranked.Count(r => r.LevelDistance == 0) == 1)
                {
                    return $"{start} because it is the only {title} story at {target.Level!.Value.Id()} level.";
                }
                var why = Strengths(value, ranked);
                return $"{start} because it is the best {title} story" + (why.Count > 0 ? $": {string.Join("; ", why)}." : ".");
            }
            var better = value.Ranked.Take(ranked.Rank).Select(r => (r.Story, Where: Where(r.Story, round.Number))).ToList();
            var reasons = Strengths(value, ranked);
            return $"{start}: {Join(better.Select(b => $"the better-ranked \"{b.Story.Title}\" is told {b.Where}"))}, so it is the next best"
                + (reasons.Count > 0 ? $" ({string.Join("; ", reasons)})." : ".");
        }

        public string Backup(TargetRound round, ValueStories value, RankedStory ranked, IReadOnlyDictionary<Story, List<SlotKey>> told)
        {
            var start = $"Backup for round {round.Number}, for {value.Value.Title}";
            if (told.TryGetValue(ranked.Story, out var elsewhere))
            {
                return $"{start}: it is told in {Rounds(elsewhere.Select(k => k.Round).Distinct().ToList())} too, as the bank has no other story for this round's values.";
            }
            var why = Strengths(value, ranked);
            return $"{start}: no round tells it" + (why.Count > 0 ? $" ({string.Join("; ", why)})." : ".");
        }

        // What puts a story where it is, in the order the ranking weighs it.
        private List<string> Strengths(ValueStories value, RankedStory ranked)
        {
            var why = new List<string>();
            if (target.Level is { } applied && ranked.LevelDistance is { } distance)
            {
                why.Add(distance switch
                {
                    0 => $"at {applied.Id()} level, the level applied for",
                    > 0 => $"at {ranked.Story.Level!.Value.Id()} level, above the {applied.Id()} level applied for",
                    _ => $"at {ranked.Story.Level!.Value.Id()} level, below the {applied.Id()} level applied for",
                });
            }
            if (value.Value.Prompts.Count > 0 && ranked.PromptsAnswered.Count > 0)
            {
                why.Add($"its questions answer {ranked.PromptsAnswered.Count} of the value's {Count(value.Value.Prompts.Count, "prompt")}");
            }
            if (value.Value.Competencies.Count > 1) why.Add($"shows {Join(ranked.Competencies.Select(id => config.FindCompetency(id)?.Title ?? id))}");
            if (ranked.Practice is { } practice) why.Add($"practised {Count(practice.Attempts, "time")}, nailed {practice.Nailed}, missed {practice.Missed}");
            return why;
        }

        private string Where(Story story, int round)
        {
            var slots = chosen.Where(c => ReferenceEquals(c.Value, story)).Select(c => c.Key).OrderBy(k => k.Round).ToList();
            var first = slots[0];
            return first.Round == round ? $"in this round for {ValueTitle(first.Value)}" : $"in round {first.Round} for {ValueTitle(first.Value)}";
        }

        private string ValueTitle(string id) => target.FindValue(id)?.Title ?? id;

        private string Competencies(TargetValue value) => Competencies(value.Competencies);

        private string Competencies(IReadOnlyList<string> ids) => Join(ids.Select(id => config.FindCompetency(id)?.Title ?? id), "or");

        private static string Rounds(IReadOnlyList<int> rounds) =>
            rounds.Count == 1 ? $"round {rounds[0]}" : $"rounds {Join(rounds.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)))}";

        private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {(noun == "story" ? "stories" : noun + "s")}";

        private static string Join(IEnumerable<string> items, string last = "and")
        {
            var list = items.ToList();
            return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {last} {list[^1]}";
        }
    }
}

using System.Globalization;
using System.Text;

namespace Handbook.Corpus;

/// <summary>
/// Writes a synthetic handbook of N valid stories (each has a metric and a trade-off) that uses the
/// built-in competencies and question bank. The same seed always gives the same files.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Levels = ["mid", "senior", "staff", "principal"];

    private static readonly string[] Competencies =
    [
        "ownership", "technical-judgment", "execution", "collaboration", "communication",
        "customer-obsession", "resilience", "mentoring", "ambiguity", "influence",
    ];

    private static readonly string[] Patterns =
    [
        "production-incident", "schema-migration", "tech-debt-pushback", "postmortem", "performance-scaling",
        "technical-disagreement", "api-deprecation", "rolled-back-deploy", "noisy-alert", "mistake",
        "ambiguous-requirements", "influence-other-team", "mentoring", "cutting-scope", "saying-no",
        "oncall-burnout", "proudest-project", "bug-in-others-code",
    ];

    private static readonly string[] Systems =
    [
        "checkout", "search", "billing", "ledger", "notifications", "inventory", "recommendations", "payments gateway",
        "identity service", "order pipeline", "reporting warehouse", "feature-flag service", "media transcoder",
        "rate limiter", "session store", "fraud scorer", "shipping quotes", "pricing engine", "catalog indexer",
        "analytics ingest", "mobile API", "partner webhooks", "email relay", "audit log", "tax calculator",
    ];

    private static readonly string[] Stores =
    [
        "Postgres", "MySQL", "Redis", "Kafka", "Cassandra", "DynamoDB", "Elasticsearch", "S3", "RabbitMQ", "ClickHouse",
        "SQLite", "Memcached", "BigQuery", "Spanner", "etcd",
    ];

    private static readonly string[] Problems =
    [
        "connection pool exhaustion", "lock contention on a hot row", "a hot partition", "retry storms", "a cache stampede",
        "slow queries after a schema change", "a memory leak in the worker", "noisy alerts", "a half-finished migration",
        "a thundering herd at midnight", "long garbage-collection pauses", "a growing queue backlog", "duplicate events",
        "clock skew between regions", "an unbounded fan-out", "a misconfigured load balancer", "certificate expiry",
    ];

    private static readonly string[] Techniques =
    [
        "added a circuit breaker around the slow dependency", "introduced idempotency keys on every write",
        "sharded the table by customer", "batched the writes into one transaction", "moved reads to replicas",
        "precomputed the daily aggregates", "added a write-through cache", "rewrote the query to use a covering index",
        "tuned the garbage collector and heap limits", "split the endpoint into a read path and a write path",
        "added back-pressure to the consumer", "replaced polling with change events", "added jitter to the retries",
        "set per-tenant quotas", "rolled the change out behind a flag", "wrote a replay harness from production traffic",
    ];

    private static readonly string[] Alternatives =
    [
        "a full rewrite", "vertical scaling", "buying a vendor product", "a maintenance window", "more hardware",
        "a new database", "a big-bang cut-over", "waiting for the platform team", "a second region", "a manual runbook",
    ];

    private static readonly string[] Costs =
    [
        "two extra weeks of work", "15% more infrastructure spend", "a slightly higher median latency",
        "a delayed feature launch", "more operational complexity", "a temporary second code path",
        "five minutes of staleness", "a week of dual writes", "one more service to own",
    ];

    private static readonly string[] Habits =
    [
        "I now load-test every change to timeouts", "I write the rollback plan before the rollout plan",
        "I ask who owns an alert before it ships", "I measure the baseline before I start",
        "I share a one-page options memo early", "I pair with the team that will inherit the work",
        "I review capacity projections every quarter", "I keep a decision log for every migration",
    ];

    private static readonly string[] Verbs = ["profiled", "measured", "traced", "replayed", "sampled", "graphed", "audited", "instrumented"];

    /// <summary>Writes <paramref name="count"/> stories (and nothing else) under <c>{directory}/stories</c>.</summary>
    /// <returns>The paths of the story files written.</returns>
    public static IReadOnlyList<string> Write(string directory, int count, int seed = 1)
    {
        var random = new Random(seed);
        var stories = Path.Combine(directory, "stories");
        Directory.CreateDirectory(stories);
        File.WriteAllText(Path.Combine(directory, "handbook.yml"), $"title: Synthetic handbook ({count} stories)\nauthor: Bench\n");
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (slug, text) = Story(i, random);
            var path = Path.Combine(stories, $"{slug}.md");
            File.WriteAllText(path, text);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>One story's slug and file text.</summary>
    public static (string Slug, string Text) Story(int number, Random random)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        string[] PickSome(string[] items, int min, int max) =>
            items.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).Order(StringComparer.Ordinal).ToArray();

        var system = Pick(Systems);
        var store = Pick(Stores);
        var problem = Pick(Problems);
        var technique = Pick(Techniques);
        var second = Pick(Techniques);
        var alternative = Pick(Alternatives);
        var cost = Pick(Costs);
        var before = random.Next(300, 2400);
        var after = before * random.Next(15, 70) / 100;
        var rate = random.Next(2, 40);
        var load = random.Next(2, 90) * 100;
        var teams = random.Next(2, 14);
        var weeks = random.Next(2, 12);
        var code = number.ToString("D5", CultureInfo.InvariantCulture);
        var title = $"Fixing {problem} in the {system} ({code})";
        var slug = $"story-{code}";

        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: \"{title}\"\n");
        text.Append($"summary: \"{Capitalise(problem)} slowed the {system}; I {technique}.\"\n");
        text.Append($"level: {Pick(Levels)}\n");
        text.Append($"competencies: [{string.Join(", ", PickSome(Competencies, 1, 3))}]\n");
        text.Append($"patterns: [{string.Join(", ", PickSome(Patterns, 1, 3))}]\n");
        text.Append($"metrics:\n  - \"p99 {before} ms -> {after} ms at {load} requests/s\"\n  - \"Error rate {rate}% -> {Math.Max(0, rate / 4)}%\"\n");
        text.Append($"tradeoff: \"Rejected {alternative}; accepted {cost}.\"\n");
        text.Append($"tags: [{store.ToLowerInvariant()}, {Slugish(system)}]\n");
        text.Append("---\n\n");
        text.Append($"## Situation\nThe {system} ran on {store} at {load} requests a second, with a p99 of {before} ms.\n\n");
        text.Append($"## Task\nI owned the {system} and its latency goal.\n\n");
        text.Append($"## Action\nI {Pick(Verbs)} a week of production traffic and found {problem} behind {rate}% of the errors. ");
        text.Append($"I {technique}, and then I {second}. ");
        text.Append($"I wrote a short design note comparing three options, reviewed it with {teams} teams, and rolled the change out ");
        text.Append($"to 5% of traffic first, watching the {store} dashboards for {weeks} days before the full rollout.\n\n");
        text.Append($"I {Pick(Verbs)} the result against a replay of peak traffic, fixed two regressions the replay found, and wrote ");
        text.Append($"the runbook the on-call engineers now use for {problem}.\n\n");
        text.Append($"## Trade-off\nI rejected {alternative} because it would have taken longer than the {weeks} weeks we had. ");
        text.Append($"My approach cost {cost}, which I agreed with the team lead up front.\n\n");
        text.Append($"## Result\nAt {load} requests a second the p99 fell from {before} ms to {after} ms, and errors fell from {rate}% ");
        text.Append($"to {Math.Max(0, rate / 4)}%. The fix held through the next {weeks} weeks of peak traffic.\n\n");
        text.Append($"## Reflection\n{Pick(Habits)}, because {problem} would have been caught a month earlier.\n");
        return (slug, text.ToString());
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slugish(string text) => text.Replace(' ', '-').ToLowerInvariant();
}

using Handbook.Model;

namespace Handbook.Targets;

/// <summary>
/// One company's interview loop, as read from <c>input/targets/&lt;id&gt;.yml</c>: the values it grades and the
/// rounds that grade them. Immutable; the plan is worked out from it by <see cref="TargetPlanner"/>.
/// </summary>
public sealed record TargetLoop
{
    /// <summary>The file name without its extension; the page is <c>targets/{Id}.html</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The file it was read from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The loop's title, e.g. "Northwind Robotics, backend loop".</summary>
    public required string Title { get; init; }

    /// <summary>The level applied for; null when the file does not say.</summary>
    public Level? Level { get; init; }

    /// <summary>The day of the loop; null when the file does not say.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The values the company grades, in file order.</summary>
    public IReadOnlyList<TargetValue> Values { get; init; } = [];

    /// <summary>The rounds of the loop, in file order.</summary>
    public IReadOnlyList<TargetRound> Rounds { get; init; } = [];

    /// <summary>The value with this id, or null.</summary>
    public TargetValue? FindValue(string id) => Values.FirstOrDefault(v => v.Id == id);
}

/// <summary>A value the company grades (a leadership principle, a core value), shown through competencies.</summary>
/// <param name="Id">The id rounds name it by.</param>
/// <param name="Title">The display title.</param>
/// <param name="Competencies">Competency ids from <c>handbook.yml</c> that demonstrate the value.</param>
/// <param name="Prompts">How interviewers ask about it; may be empty.</param>
/// <param name="Description">What the company means by it; may be empty.</param>
/// <param name="Line">The 1-based line of the value's entry in the target file, for diagnostics.</param>
public sealed record TargetValue(
    string Id,
    string Title,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> Prompts,
    string Description,
    int Line);

/// <summary>One interview of the loop.</summary>
/// <param name="Number">1-based position in the loop.</param>
/// <param name="Title">The display title, e.g. "Hiring manager".</param>
/// <param name="Values">The ids of the values this round grades (unknown ids are left out; the reader reports them).</param>
/// <param name="Minutes">How long the round lasts; null when the file does not say.</param>
/// <param name="Line">The 1-based line of the round's entry in the target file, for diagnostics.</param>
public sealed record TargetRound(int Number, string Title, IReadOnlyList<string> Values, int? Minutes, int Line);

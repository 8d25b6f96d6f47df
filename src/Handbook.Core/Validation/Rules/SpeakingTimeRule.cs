using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>A spoken answer under 90 seconds reads thin; over three and a half minutes, unfocused.</summary>
public sealed class SpeakingTimeRule : ValidationRule
{
    /// <summary>Shortest comfortable answer.</summary>
    public const int MinSeconds = 90;

    /// <summary>Longest comfortable answer.</summary>
    public const int MaxSeconds = 210;

    /// <inheritdoc />
    public override string Id => "speaking-time";

    /// <inheritdoc />
    public override string Description => "The story would take under 90 seconds or over 3.5 minutes to tell.";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options { get; } =
    [
        new("minSeconds", MinSeconds, "Shortest spoken answer, in seconds, before the story reads thin."),
        new("maxSeconds", MaxSeconds, "Longest spoken answer, in seconds, before it loses the listener."),
    ];

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var min = (int)context.Option("minSeconds");
        var max = (int)context.Option("maxSeconds");
        var words = context.Facts(story).SpokenWords;
        var seconds = StoryProse.Seconds(words);
        var estimate = $"about {StoryProse.Duration(seconds)} to say ({words} words at {StoryProse.WordsPerMinute} a minute)";
        if (seconds < min)
        {
            context.Report(story, story.BodyLine, 1, $"the story takes {estimate}; under {min} s reads thin.",
                "add the diagnosis, the options you weighed and why you chose, in the Action.");
        }
        else if (seconds > max)
        {
            context.Report(story, story.BodyLine, 1, $"the story takes {estimate}; over {StoryProse.Duration(max)} loses the listener.",
                "cut the Situation to one sentence and the Action to the decisions that mattered.");
        }
    }
}

using Handbook.Configuration;
using Handbook.Model;

namespace Handbook.Validation.Rules;

/// <summary>Every id a story lists in one front-matter field must be defined by the configuration.</summary>
public abstract class UnknownIdRule : ValidationRule
{
    /// <summary>The front-matter field checked.</summary>
    protected abstract string Field { get; }

    /// <summary>What one id names, for messages ("competency").</summary>
    protected abstract string Noun { get; }

    /// <summary>Where the ids are defined, for the fix-it help.</summary>
    protected abstract string DefinedIn { get; }

    /// <summary>The ids the story lists.</summary>
    protected abstract IReadOnlyList<string> Listed(Story story);

    /// <summary>The ids the configuration defines.</summary>
    protected abstract IReadOnlyList<string> Known(HandbookConfig config);

    /// <inheritdoc />
    public override bool Configurable => false;

    /// <inheritdoc />
    public override void CheckStory(Story story, RuleContext context)
    {
        var known = Known(context.Config);
        foreach (var id in Listed(story).Where(id => !known.Contains(id)))
        {
            context.ReportField(story, Field, $"unknown {Noun} `{id}`.", ConfigLoader.Suggest(id, known, DefinedIn));
        }
    }
}

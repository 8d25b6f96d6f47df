using Handbook.Diagnostics;
using Handbook.Tests.Support;

namespace Handbook.Tests.Validation;

public class DraftTests
{
    private const string FreshDraft = """
        ---
        title: "My story"
        summary: ""
        level: senior
        competencies: []
        patterns: []
        metrics: []
        tradeoff: ""
        draft: true
        ---

        ## Situation
        TODO: the system.
        """;

    [Fact]
    public void Fresh_draft_with_empty_lists_has_no_errors()
    {
        var diagnostics = Stories.Check(FreshDraft);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Contains(diagnostics, d => d.RuleId == "required-field" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Draft_with_an_invalid_level_is_only_warned_about()
    {
        var diagnostics = Stories.Check(FreshDraft.Replace("level: senior", "level: wizard"));

        Assert.Equal(Severity.Warning, diagnostics.Single("invalid-level").Severity);
    }

    [Fact]
    public void Published_story_with_empty_lists_fails()
    {
        var diagnostics = Stories.Check(FreshDraft.Replace("draft: true", "draft: false"));

        Assert.Contains(diagnostics, d => d.RuleId == "required-field" && d.IsError);
    }
}

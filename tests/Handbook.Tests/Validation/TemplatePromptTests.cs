using Handbook.Analysis;
using Handbook.Diagnostics;
using Handbook.Tests.Support;

namespace Handbook.Tests.Validation;

/// <summary>
/// A section that still holds a story template's prompt instead of an answer is unfinished, whichever template it
/// came from; an answer that merely asks itself a question, or speaks to "you", is not.
/// </summary>
public class TemplatePromptTests
{
    [Theory]
    [InlineData("What did you give up, and why?")]
    [InlineData("What would you do differently?")]
    [InlineData("What were you responsible for?")]
    [InlineData("What changed? Quantify it, e.g. reduced latency by 40%.")]
    [InlineData("Describe the context: team, system, scale.")]
    [InlineData("Explain the alternative you rejected and what it cost.")]
    [InlineData("Briefly describe the situation. Keep it to two sentences.")]
    [InlineData("- Describe the problem\n- Explain why it mattered")]
    [InlineData("*Summarize the outcome in one sentence.*")]
    [InlineData("In 2-3 sentences, set the scene.")]
    [InlineData("List the steps you took. Focus on your own decisions.")]
    [InlineData("Explain which alternatives were rejected and what the chosen path cost.")]
    [InlineData("State the metric before and after.")]
    [InlineData("Describe the situation.")]
    public void A_text_of_only_prompts_is_a_template_prompt(string text)
    {
        Assert.NotNull(TemplatePrompts.Find(text));
    }

    [Theory]
    [InlineData("What would I change? I would ship the benchmark before the fix.")]
    [InlineData("I chose a rollback over a forward fix, giving up a pricing change for two days.")]
    [InlineData("Added a cache layer. Wrote the migration script. Rolled it out behind a flag.")]
    [InlineData("You cannot fix a culture of blame with tooling alone, so I started with the review format.")]
    [InlineData("Described the incident to the VP and explained the rollback plan.")]
    [InlineData("Search p99 fell from 850 ms to 320 ms.")]
    [InlineData("Why did the pool run dry under a normal Tuesday load, when it had survived Black Friday? I spent a day finding out.")]
    [InlineData("Write the rollback plan before the deploy, not during it.")]
    [InlineData("Think about expiry patterns when adding a cache.")]
    [InlineData("Describe the rollback plan in the PR, every time.")]
    [InlineData("Share the numbers with the team early.")]
    [InlineData("List every consumer before deprecating an endpoint. Consider the blast radius of each one.")]
    [InlineData("Put the result first in every status update.")]
    [InlineData("Explain the trade-off to product before the deadline, not after it slips.")]
    public void An_answer_is_no_template_prompt(string text)
    {
        Assert.Null(TemplatePrompts.Find(text));
    }

    [Fact]
    public void A_tradeoff_section_left_as_the_prompt_fails_the_build()
    {
        var diagnostic = Stories.Check(Stories.Compose(tradeoff: "What did you give up, and why?")).Single("placeholder");

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("Trade-off section still holds a template's prompt", diagnostic.Message);
        Assert.Contains("\"What did you give up, and why?\"", diagnostic.Message);
    }

    [Fact]
    public void A_tradeoff_prompt_is_no_tradeoff()
    {
        var diagnostics = Stories.Check(Stories.Compose(tradeoff: "What did you give up, and why?"));

        Assert.Equal(Severity.Error, diagnostics.Single("missing-tradeoff").Severity);
    }

    [Fact]
    public void A_result_prompt_with_an_example_figure_is_no_metric()
    {
        var diagnostics = Stories.Check(Stories.Compose(result: "What changed? Quantify it, e.g. reduced latency by 40%."));

        Assert.Equal(Severity.Error, diagnostics.Single("missing-metric").Severity);
    }

    [Fact]
    public void A_prompt_is_reported_at_its_own_line()
    {
        var diagnostic = Stories.Check(Stories.Compose(situation: "Describe the context: team, system, scale.")).Single("placeholder");

        Assert.Equal(9, diagnostic.Location.Line);
        Assert.Equal(1, diagnostic.Location.Column);
    }

    [Fact]
    public void A_summary_left_as_the_prompt_fails_the_build()
    {
        var text = Stories.Compose(frontMatter: "title: T\nsummary: Describe what you did in one sentence.\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid");

        var diagnostic = Stories.Check(text).Single("placeholder");

        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("`summary` is a template's prompt", diagnostic.Message);
    }

    [Fact]
    public void A_draft_with_prompts_left_is_only_warned()
    {
        var text = Stories.Compose(frontMatter: "title: T\ndraft: true\ncompetencies: [ownership]\npatterns: [mistake]\nlevel: mid",
            reflection: "What would you do differently?");

        Assert.Equal(Severity.Warning, Stories.Check(text).Single("placeholder").Severity);
    }

    [Theory]
    [InlineData("Story title goes here")]
    [InlineData("Your title here")]
    public void A_title_left_as_the_template_slot_is_a_placeholder(string title)
    {
        Assert.NotEmpty(Placeholders.Find(title));
    }
}

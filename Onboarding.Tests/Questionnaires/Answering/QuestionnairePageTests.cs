using Onboarding.Workflows.ClientLinks;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Web.ClientPortal;
using Onboarding.Workflows.Questionnaires.Answering;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>The client's page on the real answering service and database.</summary>
public sealed class QuestionnairePageTests : BunitContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public QuestionnairePageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private IRenderedComponent<QuestionnairePage> RenderPage(AnsweringWorld world, string? token = null)
    {
        Services.AddSingleton(world.Answering);
        Services.AddSingleton<TimeProvider>(world.World.Database.Clock);
        Services.AddSingleton(world.World.Host.Get<WorkflowOptions>());
        Services.AddSingleton(world.World.Host.Get<Onboarding.Workflows.Questionnaires.Sending.QuestionnaireMail>());
        Render<MudPopoverProvider>();
        return Render<QuestionnairePage>(p => p.Add(x => x.Token, token ?? world.Token));
    }

    [Fact]
    public async Task Shows_the_welcome_the_sections_the_progress_and_a_submit_panel()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await world.SaveAsync("best-times", "Mornings");
        var cut = RenderPage(world);

        cut.WaitForAssertion(() => cut.Find("[data-testid=welcome]").TextContent.ShouldBe("Welcome, Marta"));
        cut.FindAll("[data-testid=section]").Count.ShouldBe(7);
        cut.FindAll("[data-testid=question]").Count.ShouldBe(19);
        cut.Find("[data-testid=progress-text]").TextContent.ShouldBe("1 of 19 answered");
        cut.Find("[data-testid=due-date]").TextContent.ShouldContain("by Tuesday 8 December");
        cut.Find("[data-key=company-website] .client-required").ShouldNotBeNull();
        Input(cut, "best-times").GetAttribute("value").ShouldBe("Mornings");
        cut.FindAll("[data-testid=submit]").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Typing_saves_the_answer_after_a_pause_and_says_so()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var cut = RenderPage(world);
        cut.WaitForElement("[data-testid=welcome]");

        await Input(cut, "best-times").InputAsync(new ChangeEventArgs { Value = "Weekday mornings" });
        cut.Find("[data-key=best-times] [data-testid=save-status]").TextContent.ShouldBe("Saving...");
        world.World.Database.Clock.Advance(TimeSpan.FromMilliseconds(600));

        cut.WaitForAssertion(() => cut.Find("[data-key=best-times] [data-testid=save-status]").TextContent.ShouldBe("Saved at 09:00"));
        (await world.QueryAsync(db => db.QuestionnaireAnswers.SingleAsync(Ct))).ValueJson.ShouldBe("\"Weekday mornings\"");
        cut.Find("[data-testid=progress-text]").TextContent.ShouldBe("1 of 19 answered");
        cut.Find("[data-testid=global-save-status]").TextContent.ShouldBe("All changes saved at 09:00");

        await Input(cut, "company-website").InputAsync(new ChangeEventArgs { Value = "harbour.example.com" });
        world.World.Database.Clock.Advance(TimeSpan.FromMilliseconds(600));
        cut.WaitForAssertion(() => cut.Find("[data-key=company-website] [data-testid=save-status]").TextContent.ShouldStartWith("Not saved: Please enter a full web address"));
    }

    [Fact]
    public async Task Submitting_with_answers_missing_lists_them_and_after_submitting_the_form_is_read_only()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var cut = RenderPage(world);
        cut.WaitForElement("[data-testid=welcome]");
        await Input(cut, "submitter-name").ChangeAsync(new ChangeEventArgs { Value = "Marta" });
        await cut.Find("[data-testid=submit]").ClickAsync(new());
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=missing-link]").Count.ShouldBe(10));
        cut.FindAll("[data-testid=missing-link]")[0].TextContent.ShouldBe("Your website address");

        await world.AnswerRequiredAsync();
        await cut.Find("[data-testid=submit]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=thank-you]").TextContent.ShouldContain("Thank you, Marta!"));
        cut.FindAll("[data-testid=submit-panel]").ShouldBeEmpty();
        Input(cut, "best-times").HasAttribute("readonly").ShouldBeTrue();
        cut.FindAll("[data-testid=choose-files]").ShouldBeEmpty();
        cut.FindAll("[data-testid=remove-file]").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_expired_link_shows_a_friendly_page_that_names_no_client()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        world.World.Database.Clock.Advance(TimeSpan.FromDays(31));
        var cut = RenderPage(world);

        var panel = cut.WaitForElement("[data-testid=link-refused]");
        panel.TextContent.ShouldContain("This link has expired. Ask Onboarding for a new one.");
        cut.Markup.ShouldNotContain("Marta");
        cut.Markup.ShouldNotContain("Acme");
        cut.FindAll("[data-testid=question]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_tampered_link_shows_the_neutral_invalid_page()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var cut = RenderPage(world, world.Token[..^3] + "AAA");
        cut.WaitForElement("[data-testid=link-refused]").GetAttribute("data-refusal").ShouldBe(nameof(ClientLinkRefusal.Invalid));
        cut.Markup.ShouldNotContain("Marta");
    }

    private static IElement Input(IRenderedComponent<QuestionnairePage> cut, string testId)
    {
        var element = cut.Find($"[data-testid={(testId == "submitter-name" ? testId : "answer-" + testId)}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }
}

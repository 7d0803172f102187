using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Onboardings.Questionnaire;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Sending;
using Keys = Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate.Keys;

namespace Onboarding.Tests.Questionnaires.Sending;

/// <summary>The staff Questionnaire tab on the real sender, database and engine: not sent, sent with answers and files, submitted.</summary>
public sealed class QuestionnaireTabTests : OnboardingTabContext
{
    public QuestionnaireTabTests()
    {
        AddAuthorization().SetAuthorized("am@test");
    }

    [Fact]
    public async Task NotSent_ShowsTheRecipientAndTheEmail_AndSendingShowsTheStatus()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Host.Get<QuestionnaireTemplateSeeder>().SeedAsync(Ct);

        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.Find("[data-testid=questionnaire-preview-body]").TextContent.ShouldStartWith("Hi Person,"));
        cut.Find("[data-testid=questionnaire-preview]").TextContent.ShouldContain("person1@acmeanalytics.com");
        cut.Find("[data-testid=questionnaire-send]").TextContent.ShouldContain("one call to action");
        await cut.Find("[data-testid=questionnaire-send-button]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=questionnaire-sent]").TextContent.ShouldContain("Sent to Person 1 (person1@acmeanalytics.com)"));
        (await world.Host.QueryAsync(db => db.Questionnaires.SingleAsync(Ct))).SentBy.ShouldBe("am@test");
        cut.Find("[data-testid=questionnaire-state]").TextContent.ShouldContain("Waiting for the client");
        cut.Find("[data-testid=questionnaire-link]").TextContent.ShouldContain("Link live until");
        cut.FindAll("[data-testid=questionnaire-copy-link]").ShouldHaveSingleItem();
        cut.Find("[data-testid=questionnaire-no-answers]");
    }

    [Fact]
    public async Task Sent_ShowsProgressAnswersMissingRequiredAndFiles_AndReloadsWhenTheClientSaves()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var sent = await world.SendQuestionnaireAsync(started);
        await SaveAsync(world, sent.QuestionnaireId, started.Id, db =>
        {
            db.QuestionnaireAnswers.Add(Answer(sent.QuestionnaireId, started.Id, Keys.Website, "\"https://acme.example\""));
            db.QuestionnaireFiles.Add(new QuestionnaireFile
            {
                Id = Guid.NewGuid(), QuestionnaireId = sent.QuestionnaireId, OnboardingId = started.Id, QuestionKey = Keys.BrandGuidelines,
                FileName = "brand book.pdf", ContentType = "application/pdf", SizeBytes = 2_400_000, Sha256 = "ab", StorageName = "x/y", UploadedAtUtc = DateTime.UtcNow,
            });
        });

        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.Find("[data-testid=questionnaire-progress]").TextContent.ShouldContain("10% answered (2 of 19)"));
        Answer(cut, Keys.Website).TextContent.ShouldContain("https://acme.example");
        Answer(cut, Keys.Goals).QuerySelector("[data-testid=questionnaire-missing]").ShouldNotBeNull();
        Answer(cut, "best-times").QuerySelector("[data-testid=questionnaire-unanswered]").ShouldNotBeNull();
        var file = cut.Find("[data-testid=questionnaire-file]");
        file.TextContent.ShouldContain("brand book.pdf");
        file.TextContent.ShouldContain("2.3 MB");
        var fileId = await world.Host.QueryAsync(db => db.QuestionnaireFiles.Select(f => f.Id).SingleAsync(Ct));
        cut.Find("[data-testid=questionnaire-file-link]").GetAttribute("href").ShouldBe($"/onboardings/{started.Id}/questionnaire/files/{fileId}");
        cut.Find("[data-testid=questionnaire-activity]").TextContent.ShouldContain("none yet");

        await SaveAsync(world, sent.QuestionnaireId, started.Id, db =>
            db.QuestionnaireAnswers.Add(Answer(sent.QuestionnaireId, started.Id, Keys.Goals, "\"Twice the leads\"")));
        cut.WaitForAssertion(() => Answer(cut, Keys.Goals).TextContent.ShouldContain("Twice the leads"));
    }

    [Fact]
    public async Task Submitted_ShowsWhoAndWhen_AndOffersNoResend()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.SendQuestionnaireAsync(started);
        await QuestionnaireSenderTests.Submit(world, started.Id);

        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.Find("[data-testid=questionnaire-state]").TextContent.ShouldContain("Submitted"));
        cut.Find("[data-testid=questionnaire-submitted]").TextContent.ShouldContain("Submitted by Client Person on Tuesday 24 November, 09:00.");
        cut.FindAll("[data-testid=questionnaire-resend]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Overdue_SaysByHowManyBusinessDays()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.SendQuestionnaireAsync(started); // Tuesday 24 Nov, due Tuesday 8 Dec
        world.Database.Clock.Advance(TimeSpan.FromDays(17)); // Friday 11 Dec: Wed, Thu, Fri late

        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.Find("[data-testid=questionnaire-state]").TextContent.ShouldContain("Overdue by 3 business days"));
    }

    private static QuestionnaireAnswer Answer(Guid questionnaireId, Guid onboardingId, string key, string json) =>
        new() { QuestionnaireId = questionnaireId, OnboardingId = onboardingId, QuestionKey = key, ValueJson = json, UpdatedAtUtc = DateTime.UtcNow };

    private static AngleSharp.Dom.IElement Answer(IRenderedComponent<QuestionnaireTab> cut, string key) =>
        cut.FindAll("[data-testid=questionnaire-answer]").Single(a => a.GetAttribute("data-key") == key);

    private static async Task SaveAsync(OnboardingWorld world, Guid questionnaireId, Guid onboardingId, Action<Onboarding.Domain.Data.OnboardingDbContext> change)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        change(db);
        await db.SaveChangesAsync(Ct);
    }

    private IRenderedComponent<QuestionnaireTab> RenderTab(OnboardingWorld world, StartedOnboarding started)
    {
        Services.AddSingleton(world.Host.Get<QuestionnaireSender>());
        Services.AddSingleton(world.Host.Get<QuestionnaireOverviews>());
        Services.AddSingleton(world.Host.Get<QuestionnaireMail>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Questionnaires.QuestionnaireFollowUp>());
        Services.AddSingleton(world.Database.Changes);
        Render<MudPopoverProvider>();
        return Render<QuestionnaireTab>(p => p.Add(c => c.OnboardingId, started.Id).Add(c => c.InstanceId, started.InstanceId));
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Onboardings.Readiness;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Questionnaires;

namespace Onboarding.Tests.Questionnaires.Sending;

/// <summary>Sending the questionnaire from the onboarding: the row, the link, the welcome e-mail, and the playbook step completing itself.</summary>
public sealed class QuestionnaireSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string WelcomeStep = "Send welcome email with questionnaire";

    [Fact]
    public async Task Send_CreatesTheQuestionnaireLinkAndWelcomeEmail_AndTheStepCompletesItself_StartingTheAwait()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var step = await world.DriveToAsync(started, WelcomeStep);
        (await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(step))).Message.ShouldContain("Questionnaire sent");

        var sent = await world.SendQuestionnaireAsync(started);

        var questionnaire = await world.Host.QueryAsync(db => db.Questionnaires.SingleAsync(q => q.OnboardingId == started.Id, Ct));
        questionnaire.RecipientEmail.ShouldBe("person1@acmeanalytics.com", "the first contact who is not only the signer");
        questionnaire.RecipientName.ShouldBe("Person 1");
        questionnaire.SentBy.ShouldBe("am@test");
        // Sent Tuesday 24 Nov 2026 09:00 UTC: 10 business days later is Tuesday 8 December.
        questionnaire.DueAtUtc.ShouldBe(new DateTime(2026, 12, 8, 9, 0, 0, DateTimeKind.Utc));
        (await world.Host.Get<ClientLinks>().CheckAsync(Token(sent.Link), ClientLinkPurpose.Questionnaire, Ct)).State.ShouldBe(ClientLinkState.Valid);
        sent.LinkExpiresAtUtc.ShouldBe(world.Database.Clock.GetUtcNow().UtcDateTime.AddDays(30));

        var mail = await world.Host.QueryAsync(db => db.OutboxMessages.SingleAsync(Ct));
        mail.Kind.ShouldBe(DefaultEmailTemplates.QuestionnaireWelcome);
        mail.ToAddress.ShouldBe(questionnaire.RecipientEmail);
        mail.ReplyToAddress.ShouldBe("am@test");
        mail.TextBody.ShouldContain(sent.Link);
        mail.TextBody.ShouldContain("Tuesday 8 December");
        mail.TextBody.ShouldStartWith("Hi Person,");

        (await world.StatusAsync(step)).ShouldBe(WorkItemStatus.Completed, "the gate passed, so the step completed itself");
        var timers = await world.Host.QueryAsync(db => db.WorkflowTimers.CountAsync(t => t.InstanceId == started.InstanceId, Ct));
        timers.ShouldBe(3, "the await began with its reminders at 3 and 7 and the alert at 10 business days");
        (await world.Host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Questionnaire sent" && a.SubjectId == started.Id.ToString(), Ct))).ShouldBeTrue();
    }

    [Fact]
    public async Task Send_Twice_IsRefusedPointingAtResend()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.SendQuestionnaireAsync(started);

        var to = (await world.Sender().RecipientsAsync(started.Id, Ct))[0];
        var refused = await Should.ThrowAsync<DomainException>(() => world.Sender().SendAsync(started.Id, to.ContactId, "am@test", ct: Ct));
        refused.Message.ShouldBe("The questionnaire was already sent on Tuesday 24 November; use Re-send to e-mail a new link.");
        (await world.Host.QueryAsync(db => db.Questionnaires.CountAsync(Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Resend_RevokesTheOldLink_AndEmailsANewOne_Revoke_StopsIt()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var first = await world.SendQuestionnaireAsync(started);
        var links = world.Host.Get<ClientLinks>();
        world.Database.Clock.Advance(TimeSpan.FromDays(3));

        var second = await world.Sender().ResendAsync(started.Id, "am@test", Ct);

        (await links.CheckAsync(Token(first.Link), ClientLinkPurpose.Questionnaire, Ct)).State.ShouldBe(ClientLinkState.Revoked);
        (await links.CheckAsync(Token(second.Link), ClientLinkPurpose.Questionnaire, Ct)).State.ShouldBe(ClientLinkState.Valid);
        second.LinkExpiresAtUtc.ShouldBe(world.Database.Clock.GetUtcNow().UtcDateTime.AddDays(30));
        var mails = await world.Host.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.CreatedAtUtc).ToListAsync(Ct));
        mails.Count.ShouldBe(2);
        mails[1].TextBody.ShouldContain(second.Link);

        await world.Sender().RevokeAsync(started.Id, "am@test", Ct);
        (await links.CheckAsync(Token(second.Link), ClientLinkPurpose.Questionnaire, Ct)).State.ShouldBe(ClientLinkState.Revoked);
        (await Should.ThrowAsync<DomainException>(() => world.Sender().RevokeAsync(started.Id, "am@test", Ct))).Message.ShouldContain("already revoked");
        var actions = await world.Host.QueryAsync(db => db.AuditEntries.Where(a => a.SubjectId == started.Id.ToString() && a.Action.StartsWith("Questionnaire")).Select(a => a.Action).ToListAsync(Ct));
        actions.ShouldBe(["Questionnaire sent", "Questionnaire re-sent", "Questionnaire link revoked"]);
    }

    [Fact]
    public async Task Resend_AfterSubmit_IsRefused_And_NothingSent_CannotBeResent()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        (await Should.ThrowAsync<DomainException>(() => world.Sender().ResendAsync(started.Id, "am@test", Ct))).Message.ShouldContain("not been sent yet");
        await world.SendQuestionnaireAsync(started);
        await Submit(world, started.Id);

        (await Should.ThrowAsync<DomainException>(() => world.Sender().ResendAsync(started.Id, "am@test", Ct))).Message.ShouldContain("already submitted");
    }

    [Fact]
    public async Task Preview_ShowsTheWelcomeEmail_ForThePickedContact()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Host.Get<QuestionnaireTemplateSeeder>().SeedAsync(Ct);
        var recipients = await world.Sender().RecipientsAsync(started.Id, Ct);
        var second = recipients[1];

        var preview = await world.Sender().PreviewAsync(started.Id, second.ContactId, ct: Ct);

        preview.To.ShouldBe(second);
        second.Email.ShouldBe("person2@acmeanalytics.com");
        preview.Email.TextBody.ShouldStartWith("Hi Person,");
        preview.Email.TextBody.ShouldContain("Tuesday 8 December");
        preview.Email.HtmlBody.ShouldContain("Open the questionnaire");
        (await world.Host.QueryAsync(db => db.Questionnaires.CountAsync(Ct))).ShouldBe(0, "a preview sends nothing");
        await Should.ThrowAsync<DomainException>(() => world.Sender().PreviewAsync(started.Id, -1, ct: Ct));
    }

    [Fact]
    public async Task Greeting_TheTypedNameIsPreviewedStoredAndUsed_InsteadOfTheGuess()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Host.Get<QuestionnaireTemplateSeeder>().SeedAsync(Ct);
        var to = (await world.Sender().RecipientsAsync(started.Id, Ct))[0];
        to.Greeting.ShouldBe("Person");

        (await world.Sender().PreviewAsync(started.Id, to.ContactId, "  Dr. Weber ", Ct)).Email.TextBody.ShouldStartWith("Hi Dr. Weber,");
        await world.Sender().SendAsync(started.Id, to.ContactId, "am@test", "Dr. Weber", ct: Ct);

        (await world.Host.QueryAsync(db => db.Questionnaires.SingleAsync(Ct))).GreetingName.ShouldBe("Dr. Weber");
        (await world.Host.QueryAsync(db => db.OutboxMessages.SingleAsync(Ct))).TextBody.ShouldStartWith("Hi Dr. Weber,");
    }

    [Fact]
    public async Task AnotherPublishedTemplate_CanBeSent_AndTheQuestionnaireKeepsThatVersion()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Host.Get<QuestionnaireTemplateSeeder>().SeedAsync(Ct);
        var brief = new Onboarding.Domain.Questionnaires.QuestionnaireTemplate
        {
            Id = Guid.NewGuid(), Key = "website-brief", Version = 3, Name = "Website brief", Status = Onboarding.Domain.Questionnaires.TemplateStatus.Published,
            Definition = DefaultQuestionnaireTemplate.Definition, CreatedBy = "ops@test", UpdatedBy = "ops@test", ConcurrencyToken = Guid.NewGuid(),
        };
        await world.Host.QueryAsync(db => { db.QuestionnaireTemplates.Add(brief); return db.SaveChangesAsync(Ct); });

        var templates = await world.Sender().TemplatesAsync(Ct);
        templates.Select(t => (t.Key, t.Version)).ShouldBe([(DefaultQuestionnaireTemplate.Key, 1), ("website-brief", 3)]);
        var to = (await world.Sender().RecipientsAsync(started.Id, Ct))[0];
        (await Should.ThrowAsync<DomainException>(() => world.Sender().SendAsync(started.Id, to.ContactId, "am@test", templateKey: "nothing-published", ct: Ct)))
            .Message.ShouldContain("no published version");
        await world.Sender().SendAsync(started.Id, to.ContactId, "am@test", templateKey: "website-brief", ct: Ct);

        (await world.Host.QueryAsync(db => db.Questionnaires.SingleAsync(Ct))).TemplateId.ShouldBe(brief.Id);
    }

    [Theory]
    [InlineData("Kim Ji-woo", "Asia/Seoul", "Ji-woo")]
    [InlineData("Wang Xiu Ying", "Asia/Shanghai", "Xiu Ying")]
    [InlineData("Marta Kowalska", "Europe/Warsaw", "Marta")]
    [InlineData("Kim", "Asia/Seoul", "Kim")]
    [InlineData("Noah Tremblay", null, "Noah")]
    public void GreetingGuess_FamilyNameFirstWhereNamesAreWrittenSo(string name, string? zone, string expected) =>
        Onboarding.Workflows.Questionnaires.Sending.GreetingNames.Guess(name, zone).ShouldBe(expected);

    [Fact]
    public async Task GateEvidence_Sent_WhenARowExists_Received_WhenSubmittedOrTheMessageArrived()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        async Task<GateEvidence> Evidence() => await world.Host.QueryAsync(db => GateEvidenceReader.ReadAsync(db, started.Id, Ct));

        (await Evidence()).QuestionnaireSent.ShouldBeFalse();
        await world.SendQuestionnaireAsync(started);
        (await Evidence()).QuestionnaireSent.ShouldBeTrue();
        (await Evidence()).QuestionnaireReceived.ShouldBeFalse();
        await Submit(world, started.Id);
        (await Evidence()).QuestionnaireReceived.ShouldBeTrue();
    }

    internal static string Token(string link) => link[(link.LastIndexOf("/q/", StringComparison.Ordinal) + 3)..];

    /// <summary>What the client's submit does to the row (the client page's part); the message is delivered separately.</summary>
    internal static async Task Submit(OnboardingWorld world, Guid onboardingId)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        var questionnaire = await db.Questionnaires.SingleAsync(q => q.OnboardingId == onboardingId, Ct);
        questionnaire.SubmittedAtUtc = world.Database.Clock.GetUtcNow().UtcDateTime;
        questionnaire.SubmittedBy = "Client Person";
        await db.SaveChangesAsync(Ct);
    }
}

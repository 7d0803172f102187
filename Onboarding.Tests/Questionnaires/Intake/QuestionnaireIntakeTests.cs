using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Questionnaires;
using Keys = Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate.Keys;

namespace Onboarding.Tests.Questionnaires.Intake;

/// <summary>A submitted questionnaire fills the onboarding: contacts, access requests, brand guidelines; once.</summary>
public sealed class QuestionnaireIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(OnboardingWorld World, StartedOnboarding Started, Guid QuestionnaireId)> AnsweredAsync(bool submit = true)
    {
        var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var sent = await world.SendQuestionnaireAsync(started);
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        var now = world.Database.Clock.GetUtcNow().UtcDateTime;
        void Answer(string key, string json) => db.QuestionnaireAnswers.Add(new QuestionnaireAnswer
            { QuestionnaireId = sent.QuestionnaireId, OnboardingId = started.Id, QuestionKey = key, ValueJson = json, UpdatedAtUtc = now });
        Answer(Keys.KeyContacts, """
            [{"name":"Person 2","role":"Marketing","email":"PERSON2@acmeanalytics.com"},
             {"name":"Dana Wu","role":"Lead designer","email":"dana@acmeanalytics.com","phone":"+49 30 1234"},
             {"name":"Bo Lind","role":"Finance","email":"bo@acmeanalytics.com"},
             {"name":"","role":"","email":""}]
            """);
        Answer(Keys.Platforms, """["Google Analytics","Meta Ads"]""");
        Answer(Keys.Goals, "\"More leads from the website\"");
        foreach (var name in new[] { "guidelines.pdf", "palette.png" })
        {
            db.QuestionnaireFiles.Add(new QuestionnaireFile
            {
                Id = Guid.NewGuid(), QuestionnaireId = sent.QuestionnaireId, OnboardingId = started.Id, QuestionKey = Keys.BrandGuidelines,
                FileName = name, ContentType = "application/pdf", SizeBytes = 10, Sha256 = "00", StorageName = name, UploadedAtUtc = now,
            });
            now = now.AddSeconds(1);
        }
        if (submit)
        {
            var questionnaire = await db.Questionnaires.SingleAsync(q => q.Id == sent.QuestionnaireId, Ct);
            questionnaire.SubmittedAtUtc = now;
            questionnaire.SubmittedBy = "Person 1";
        }
        await db.SaveChangesAsync(Ct);
        return (world, started, sent.QuestionnaireId);
    }

    private static QuestionnaireIntake Intake(OnboardingWorld world) => world.Host.Get<QuestionnaireIntake>();

    [Fact]
    public async Task Contacts_AreAddedAfterTheExistingOnes_WithoutDuplicates_AndTheirRoleMapped()
    {
        var (world, started, id) = await AnsweredAsync();
        await using var _ = world;

        await Intake(world).ApplyAsync(id, "Person 1", Ct);

        var contacts = await world.Host.QueryAsync(db => db.ClientContacts.Where(c => c.ClientId == world.ClientId).OrderBy(c => c.Position).ToListAsync(Ct));
        contacts.Select(c => c.Email).ShouldBe(["person1@acmeanalytics.com", "person2@acmeanalytics.com", "dana@acmeanalytics.com", "bo@acmeanalytics.com"]);
        contacts[2].Role.ShouldBe(ContactRole.Designer);
        contacts[2].JobTitle.ShouldBe("Lead designer");
        contacts[2].Phone.ShouldBe("+49 30 1234");
        contacts[3].Role.ShouldBe(ContactRole.BillingContact);
        contacts.Select(c => c.Position).ShouldBeUnique();
    }

    [Fact]
    public async Task Platforms_SeedRequestedAccess_ForTheAccountManagerAndTeam_ButNotFinance()
    {
        var (world, started, id) = await AnsweredAsync();
        await using var _ = world;

        await Intake(world).ApplyAsync(id, "Person 1", Ct);

        var rows = await world.Host.QueryAsync(db => db.PlatformAccess.Where(a => a.OnboardingId == started.Id).ToListAsync(Ct));
        rows.Count.ShouldBe(4);
        rows.Select(r => r.TeamMemberId).Distinct().Order().ShouldBe(new[] { world.AccountManager.Id, world.OpsLead.Id }.Order());
        rows.Single(r => r.Platform == "Google Analytics" && r.TeamMemberId == world.OpsLead.Id).Kind.ShouldBe(PlatformKind.Analytics);
        rows.Single(r => r.Platform == "Meta Ads" && r.TeamMemberId == world.OpsLead.Id).Kind.ShouldBe(PlatformKind.AdAccounts);
        rows.ShouldAllBe(r => r.Status == AccessStatus.Requested && r.RequestedBy == QuestionnaireIntake.RequestedBy);
    }

    [Fact]
    public async Task BrandFiles_RecordTheBrandGuidelines_OnTheSubmitDate_AndGoalsAreNotSavedAsSuccessGoals()
    {
        var (world, started, id) = await AnsweredAsync();
        await using var _ = world;

        var filled = await Intake(world).ApplyAsync(id, "Person 1", Ct);

        var guidelines = await world.Host.QueryAsync(db => db.BrandGuidelines.SingleAsync(g => g.OnboardingId == started.Id, Ct));
        guidelines.Location.ShouldBe("Questionnaire upload: guidelines.pdf, palette.png");
        guidelines.ReceivedOn.ShouldBe(new DateOnly(2026, 11, 24));
        (await world.Host.QueryAsync(db => db.SuccessGoals.CountAsync(Ct))).ShouldBe(0, "the client's goals are not measurable goals yet");
        filled.Count.ShouldBe(3);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Questionnaire answers applied", Ct));
        audit.Details.ShouldContain("contacts Dana Wu, Bo Lind");
        audit.Details.ShouldContain("brand guidelines");
    }

    [Fact]
    public async Task ApplyingTwice_AddsNothingTwice_AndKeepsWhatStaffRecorded()
    {
        var (world, started, id) = await AnsweredAsync();
        await using var _ = world;
        await using (var db = await world.Database.Factory.CreateDbContextAsync(Ct))
        {
            db.BrandGuidelines.Add(new BrandGuidelines { OnboardingId = started.Id, ReceivedOn = new DateOnly(2026, 11, 20), Location = "Shared drive", UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "am@test" });
            await db.SaveChangesAsync(Ct);
        }

        await Intake(world).ApplyAsync(id, "Person 1", Ct);
        var again = await Intake(world).ApplyAsync(id, "Person 1", Ct);

        again.ShouldBeEmpty();
        (await world.Host.QueryAsync(db => db.ClientContacts.CountAsync(c => c.ClientId == world.ClientId, Ct))).ShouldBe(4);
        (await world.Host.QueryAsync(db => db.PlatformAccess.CountAsync(Ct))).ShouldBe(4);
        (await world.Host.QueryAsync(db => db.BrandGuidelines.SingleAsync(Ct))).Location.ShouldBe("Shared drive");
        (await world.Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Questionnaire answers applied", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task NotSubmitted_IsRefused()
    {
        var (world, _, id) = await AnsweredAsync(submit: false);
        await using var _w = world;

        (await Should.ThrowAsync<DomainException>(() => Intake(world).ApplyAsync(id, "Person 1", Ct))).Message.ShouldContain("not submitted yet");
        (await world.Host.QueryAsync(db => db.PlatformAccess.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task StatedGoals_AreTheClientsLines_OnlyOnceSubmitted()
    {
        var (world, started, _) = await AnsweredAsync(submit: false);
        await using var _w = world;
        (await Intake(world).StatedGoalsAsync(started.Id, Ct)).ShouldBeEmpty("a draft answer is not the client's word yet");

        await QuestionnaireSenderTests.Submit(world, started.Id);
        await using (var db = await world.Database.Factory.CreateDbContextAsync(Ct))
        {
            var goals = await db.QuestionnaireAnswers.SingleAsync(a => a.QuestionKey == Keys.Goals, Ct);
            goals.ValueJson = "\"- More leads from the website\\n\\n* Rank for 'freight software'\"";
            await db.SaveChangesAsync(Ct);
        }

        (await Intake(world).StatedGoalsAsync(started.Id, Ct)).ShouldBe(["More leads from the website", "Rank for 'freight software'"]);
    }

    [Theory]
    [InlineData("Website / CMS", PlatformKind.Cms)]
    [InlineData("Google Search Console", PlatformKind.SearchConsole)]
    [InlineData("LinkedIn Ads", PlatformKind.AdAccounts)]
    [InlineData("Social media accounts", PlatformKind.Social)]
    [InlineData("CRM", PlatformKind.Crm)]
    [InlineData("E-mail marketing tool", PlatformKind.EmailMarketing)]
    [InlineData("Shopify", PlatformKind.Other)]
    public void PlatformOptions_MapToTheirKind(string option, PlatformKind kind) => QuestionnaireIntake.KindOf(option).ShouldBe(kind);

    [Theory]
    [InlineData("Head of Marketing", ContactRole.MarketingManager)]
    [InlineData("Web developer", ContactRole.Developer)]
    [InlineData("Billing", ContactRole.BillingContact)]
    [InlineData("Project lead", ContactRole.ProjectManager)]
    [InlineData("CEO", ContactRole.Other)]
    public void FreeTextRoles_MapWhereObvious(string role, ContactRole expected) => QuestionnaireIntake.RoleOf(role).ShouldBe(expected);
}

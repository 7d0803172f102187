using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Onboardings.Kickoff;
using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Scope.CheckIns;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>Test data and steps for scope check-ins: an approved SOW and addenda as rows, drafts, and the default playbook driven to its close.</summary>
internal static class CheckInWorld
{
    public const string CloseOnboarding = "Close the onboarding against the scope";
    public const string CheckInTitle = "Scope check-in: delivered work against the SOW";
    public static readonly string Articles = ScopeLine.DeliverableKey("Blog articles");
    public static readonly string Audit = ScopeLine.DeliverableKey("Technical SEO audit");
    public static readonly string Pages = ScopeLine.DeliverableKey("Landing pages");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static ScopeCheckIns CheckIns(this OnboardingWorld world) => world.Host.Get<ScopeCheckIns>();

    public static ScopeCheckInQueries CheckInQueries(this OnboardingWorld world) => world.Host.Get<ScopeCheckInQueries>();

    /// <summary>10 articles (40 h), one audit (16 h), 4 landing pages (24 h): 80 h at USD 120.</summary>
    public static SowContent Content() => new()
    {
        Title = "SEO retainer", Currency = "USD", HourlyRate = 120m,
        Deliverables =
        [
            new SowDeliverable("Blog articles", "1,200 words each, one round of edits", 10, "articles", 40),
            new SowDeliverable("Technical SEO audit", "Crawl, findings, fixes ranked", 1, "audit", 16),
            new SowDeliverable("Landing pages", "Copy and layout, built by the client", 4, "pages", 24),
        ],
        Exclusions = ["Paid advertising"],
    };

    /// <summary>An SOW version as the SOW service would leave it; approved by the client (Jin Park) unless told otherwise.</summary>
    public static StatementOfWork Sow(Guid onboardingId, DateTime now, SowContent? content = null, int version = 1, SowStatus status = SowStatus.Approved) => new()
    {
        Id = Guid.NewGuid(), OnboardingId = onboardingId, Version = version, Status = status, ContentJson = (content ?? Content()).ToJson(),
        CreatedAtUtc = now, CreatedBy = "am@test", UpdatedAtUtc = now, UpdatedBy = "am@test", ConcurrencyToken = Guid.NewGuid(),
        DecidedAtUtc = status == SowStatus.Approved ? now : null, DecidedByName = status == SowStatus.Approved ? "Jin Park" : null,
    };

    /// <summary>A change request as the change-request service would leave it, approved by the client unless told otherwise.</summary>
    public static ChangeRequest ChangeRequest(Guid onboardingId, Guid? sowId, int number, decimal hours, decimal cost, DateTime now,
        ChangeRequestStatus status = ChangeRequestStatus.Approved, string title = "Extra landing page") => new()
    {
        Id = Guid.NewGuid(), OnboardingId = onboardingId, Number = number, StatementOfWorkId = sowId, Title = title, RequestedBy = "Jin Park",
        RequestedOn = DateOnly.FromDateTime(now), Description = "One more page for the spring campaign.", Reason = "Campaign", ImpactHours = hours,
        ImpactCost = cost, Currency = "USD", Billable = true, Status = status, CreatedAtUtc = now, CreatedBy = "am@test", UpdatedAtUtc = now,
        UpdatedBy = "am@test", ConcurrencyToken = Guid.NewGuid(),
    };

    public static async Task<Guid> AddSowAsync(this OnboardingWorld world, Guid onboardingId, SowContent? content = null, int version = 1, SowStatus status = SowStatus.Approved)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        var sow = db.StatementsOfWork.Add(Sow(onboardingId, world.Database.Clock.GetUtcNow().UtcDateTime, content, version, status)).Entity;
        await db.SaveChangesAsync(Ct);
        return sow.Id;
    }

    public static async Task<Guid> AddChangeRequestAsync(this OnboardingWorld world, Guid onboardingId, Guid? sowId, int number, decimal hours, decimal cost,
        ChangeRequestStatus status = ChangeRequestStatus.Approved, string title = "Extra landing page")
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        var request = db.ChangeRequests.Add(ChangeRequest(onboardingId, sowId, number, hours, cost, world.Database.Clock.GetUtcNow().UtcDateTime, status, title)).Entity;
        await db.SaveChangesAsync(Ct);
        return request.Id;
    }

    /// <summary>The form as the section opens it (prefilled), with these lines' numbers changed: key → (quantity, hours).</summary>
    public static async Task<CheckInDraft> DraftAsync(this OnboardingWorld world, Guid onboardingId, params (string Key, decimal? Quantity, decimal? Hours)[] numbers)
    {
        var draft = (await world.CheckInQueries().OverviewAsync(onboardingId, Ct)).NewDraft().ShouldNotBeNull();
        foreach (var (key, quantity, hours) in numbers)
        {
            var line = draft.Lines.Single(l => l.Key == key);
            (line.QuantityDelivered, line.HoursUsed) = (quantity, hours);
        }
        return draft;
    }

    /// <summary>Records a check-in held today with these numbers and the health the form suggests.</summary>
    public static async Task<CheckInSaved> RecordAsync(this OnboardingWorld world, Guid onboardingId, params (string Key, decimal? Quantity, decimal? Hours)[] numbers) =>
        await world.CheckIns().RecordAsync(onboardingId, await world.DraftAsync(onboardingId, numbers), "am@test", Ct);

    /// <summary>
    /// Records what every gate of the default playbook checks (readiness, the kickoff meeting, an approved SOW) and drives the workflow
    /// through the engine (work items completed, the questionnaire sent and submitted, the deposit and the scope approval delivered)
    /// until "Close the onboarding against the scope" is open. Returns the approved SOW's id.
    /// </summary>
    public static async Task<Guid> DriveToCloseAsync(this OnboardingWorld world, StartedOnboarding started)
    {
        await world.RecordReadinessAsync(started.Id);
        await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "am@test", Ct);
        var sowId = await world.AddSowAsync(started.Id);
        for (var step = 0; step < 60; step++)
        {
            var open = await world.Host.OpenWorkItemsAsync(started.InstanceId);
            if (open.Any(w => w.Title == CloseOnboarding)) return sowId;
            if (open.Count > 0)
            {
                if (open[0].Gate == "questionnaire-sent") await world.SendQuestionnaireAsync(started);
                else await world.Host.Runtime.CompleteWorkItemAsync(open[0].Id, "am@test", null, Ct);
                continue;
            }
            var waitsFor = await world.Host.QueryAsync(db => db.MessageSubscriptions.Where(m => m.InstanceId == started.InstanceId).Select(m => m.MessageName).FirstAsync(Ct));
            await world.Host.Runtime.DeliverMessageAsync(waitsFor, started.Id.ToString(), null, "client", Ct);
        }
        throw new InvalidOperationException($"The workflow never reached '{CloseOnboarding}'.");
    }

    public static Task<List<WorkItem>> CheckInItemsAsync(this OnboardingWorld world, StartedOnboarding started) =>
        world.Host.QueryAsync(db => db.WorkItems.Where(w => w.InstanceId == started.InstanceId && w.Title == CheckInTitle).OrderBy(w => w.OpenedAtUtc).ToListAsync(Ct));

    /// <summary>Moves the fake clock to this UTC instant and lets the scheduler fire what is due.</summary>
    public static async Task AdvanceToAsync(this OnboardingWorld world, DateTime utc)
    {
        world.Database.Clock.Advance(utc - world.Database.Clock.GetUtcNow().UtcDateTime);
        await world.Host.Scheduler.RunDueAsync(Ct);
    }
}

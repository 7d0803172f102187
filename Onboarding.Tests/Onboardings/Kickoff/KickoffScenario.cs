using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Onboardings;
using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Tests.Onboardings.Kickoff;

/// <summary>Test data and steps for the client kickoff: a valid meeting, the workflow driven to the prerequisites, the records they check.</summary>
internal static class KickoffScenario
{
    public const string Prerequisites = "Kickoff prerequisites";
    public const string HoldKickoff = "Hold client kickoff meeting";

    /// <summary>10:00 on Tuesday 1 December 2026 in Seoul (01:00 UTC), an hour, with one firm and one client attendee.</summary>
    public static KickoffDraft ValidDraft(string zone = "Asia/Seoul") => new()
    {
        Date = new DateOnly(2026, 12, 1),
        Time = new TimeOnly(10, 0),
        TimeZoneId = zone,
        DurationMinutes = 60,
        Location = "https://meet.example.com/acme-kickoff",
        Attendees =
        [
            new KickoffAttendee("Alex Morgan", "am@test.example", AttendeeSide.Firm),
            new KickoffAttendee("Jin Park", "jin.park@client.example", AttendeeSide.Client),
        ],
        Agenda = KickoffAgendaTemplates.Standard.Text,
    };

    public static KickoffPlanner Planner(this OnboardingWorld world) => world.Host.Get<KickoffPlanner>();

    /// <summary>Completes work items and delivers the messages the workflow waits for until the kickoff prerequisites open.</summary>
    public static async Task DriveToPrerequisitesAsync(this OnboardingWorld world, StartedOnboarding started)
    {
        for (var step = 0; step < 40; step++)
        {
            var open = await world.Host.OpenWorkItemsAsync(started.InstanceId);
            if (open.Any(w => w.Title == Prerequisites)) return;
            if (open.Count > 0)
            {
                if (open[0].Gate == "questionnaire-sent") await world.SendQuestionnaireAsync(started);
                else await world.Host.Runtime.CompleteWorkItemAsync(open[0].Id, "am@test", null, TestContext.Current.CancellationToken);
                continue;
            }
            var waitsFor = await world.Host.QueryAsync(db => db.MessageSubscriptions.Where(m => m.InstanceId == started.InstanceId).Select(m => m.MessageName).FirstAsync(TestContext.Current.CancellationToken));
            await world.Host.Runtime.DeliverMessageAsync(waitsFor, started.Id.ToString(), null, "client", TestContext.Current.CancellationToken);
        }
        throw new InvalidOperationException("The workflow never reached the kickoff prerequisites.");
    }

    /// <summary>
    /// Records what the default playbook's gates check (a measurable goal, the communication and reporting plans, the brand
    /// guidelines and one verified access): with the team and the questionnaire, every kickoff prerequisite but the meeting.
    /// </summary>
    public static Task RecordReadinessAsync(this OnboardingWorld world, Guid onboardingId) =>
        RecordReadinessAsync(world.Database.Factory, world.Database.Clock.GetUtcNow().UtcDateTime, onboardingId, world.OpsLead.Id);

    /// <summary>The same records in any database (the browser tests' app), with access verified for <paramref name="teamMemberId"/>.</summary>
    public static async Task RecordReadinessAsync(Microsoft.EntityFrameworkCore.IDbContextFactory<Onboarding.Domain.Data.OnboardingDbContext> databases, DateTime now, Guid onboardingId, string teamMemberId)
    {
        await using var db = await databases.CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.SuccessGoals.Add(new SuccessGoal { OnboardingId = onboardingId, Metric = "Organic sessions per month", Baseline = "12,000", Target = "18,000", TargetDate = new DateOnly(2027, 6, 30), UpdatedAtUtc = now, UpdatedBy = "am@test" });
        db.ReportingPlans.Add(new ReportingPlan { OnboardingId = onboardingId, Kpis = "Organic sessions\nLeads", ReportTemplate = "Monthly SEO", Cadence = ReportCadence.Monthly, FirstReportDate = new DateOnly(2027, 1, 5), UpdatedAtUtc = now, UpdatedBy = "am@test" });
        db.CommunicationPlans.Add(new CommunicationPlan { OnboardingId = onboardingId, Channel = CommunicationChannel.WeeklyCall, ReportCadence = ReportCadence.Monthly, ResponseTimeHours = 24, UrgentPath = "Call Alex on +44 20 7946 0000", UpdatedAtUtc = now, UpdatedBy = "am@test" });
        db.BrandGuidelines.Add(new BrandGuidelines { OnboardingId = onboardingId, ReceivedOn = new DateOnly(2026, 11, 20), Location = "Shared drive /Brand", UpdatedAtUtc = now, UpdatedBy = "am@test" });
        db.PlatformAccess.Add(new PlatformAccess
        {
            Id = Guid.NewGuid(), OnboardingId = onboardingId, Kind = PlatformKind.Analytics, Platform = "Google Analytics", TeamMemberId = teamMemberId,
            Status = AccessStatus.Verified, RequestedAtUtc = now, RequestedBy = "ops@test", GrantedAtUtc = now, GrantedBy = "ops@test", VerifiedAtUtc = now, VerifiedBy = "ops@test",
            ConcurrencyToken = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

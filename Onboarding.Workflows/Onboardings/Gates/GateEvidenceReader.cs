using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Messages;

namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>Reads an onboarding's <see cref="GateEvidence"/> in the caller's unit of work.</summary>
public static class GateEvidenceReader
{
    private static readonly string QuestionnaireJournalText = $"'{KnownMessages.QuestionnaireSubmitted}'";

    public static async Task<GateEvidence> ReadAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.ClientId, o.WorkflowInstanceId }).SingleAsync(ct);
        var access = await db.PlatformAccess.AsNoTracking().Where(a => a.OnboardingId == onboardingId)
            .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var receivedKind = nameof(JournalKind.MessageReceived);
        // Which check-in answers which one the cadence asked for (early, twice in a period, late): see CheckInLedger.
        var checkIns = await Scope.CheckIns.CheckInLedger.ReadAsync(db, onboardingId, onboarding.WorkflowInstanceId, ct);
        return new GateEvidence(
            TeamMembers: await db.OnboardingTeamMembers.CountAsync(m => m.OnboardingId == onboardingId, ct),
            MeasurableGoals: await db.SuccessGoals.CountAsync(g => g.OnboardingId == onboardingId, ct),
            KeyContactsBeyondSigner: await db.ClientContacts.CountAsync(c => c.ClientId == onboarding.ClientId && c.Role != ContactRole.ContractSigner, ct),
            CommunicationPlanAgreed: await db.CommunicationPlans.AnyAsync(p => p.OnboardingId == onboardingId, ct),
            BrandGuidelinesReceived: await db.BrandGuidelines.AnyAsync(g => g.OnboardingId == onboardingId, ct),
            AccessRequested: access.Sum(a => a.Count),
            AccessVerified: access.Where(a => a.Status == AccessStatus.Verified).Sum(a => a.Count),
            ReportingPlanAgreed: await db.ReportingPlans.AnyAsync(p => p.OnboardingId == onboardingId, ct),
            // Submitted through the client's page, or (firms that deliver the message by hand from the workflow monitor) received by the workflow.
            QuestionnaireReceived: await db.Questionnaires.AnyAsync(q => q.OnboardingId == onboardingId && q.SubmittedAtUtc != null, ct)
                || await db.JournalEntries.AnyAsync(j => j.InstanceId == onboarding.WorkflowInstanceId && j.Kind == receivedKind && j.Text.Contains(QuestionnaireJournalText), ct),
            KickoffScheduled: await db.KickoffMeetings.AnyAsync(m => m.OnboardingId == onboardingId, ct),
            QuestionnaireSent: await db.Questionnaires.AnyAsync(q => q.OnboardingId == onboardingId, ct),
            SowWritten: await SowWrittenAsync(db, onboardingId, ct),
            ScopeCheckInsDue: checkIns.Count,
            ScopeCheckInsRecorded: checkIns.Count(c => c.IsCovered));
    }

    /// <summary>A statement of work version was sent to the client (it may since be approved, sent back or superseded).</summary>
    private static Task<bool> SowWrittenAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        db.StatementsOfWork.AnyAsync(s => s.OnboardingId == onboardingId && s.Status != SowStatus.Draft, ct);

    /// <summary>The onboarding whose workflow is <paramref name="instanceId"/>, if any (instances started from the monitor have none).</summary>
    public static Task<Guid?> OnboardingOfAsync(OnboardingDbContext db, Guid instanceId, CancellationToken ct) =>
        db.Onboardings.AsNoTracking().Where(o => o.WorkflowInstanceId == instanceId).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct);
}

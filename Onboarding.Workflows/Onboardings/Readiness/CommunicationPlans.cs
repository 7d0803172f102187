using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>Saves or clears an onboarding's communication plan, audited; saving lets the communication plan gate pass.</summary>
public sealed class CommunicationPlans(IDbContextFactory<OnboardingDbContext> databases, ReadinessRecorder recorder)
{
    public async Task SaveAsync(Guid onboardingId, CommunicationPlanDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await recorder.DatesAsync(db, onboardingId, ct);
        DraftValidation.ThrowIfInvalid(ReadinessRules.CommunicationPlanProblems(draft));
        var plan = await db.CommunicationPlans.SingleOrDefaultAsync(p => p.OnboardingId == onboardingId, ct);
        ReadinessRecorder.EnsureCurrent(plan, draft, "The communication plan");
        var action = plan is null ? "Communication plan recorded" : "Communication plan changed";
        if (plan is null) db.CommunicationPlans.Add(plan = new CommunicationPlan { OnboardingId = onboardingId });
        plan.Channel = draft.Channel!.Value;
        plan.ReportCadence = draft.ReportCadence!.Value;
        plan.ResponseTimeHours = draft.ResponseTimeHours!.Value;
        plan.UrgentPath = draft.UrgentPath!.Trim();
        plan.Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim();
        recorder.Record(db, plan, onboardingId, by, action,
            $"{plan.Channel.DisplayName()}; reports {plan.ReportCadence.DisplayName().ToLowerInvariant()}; answers within {plan.ResponseTimeHours} business hours; urgent: {plan.UrgentPath}");
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
    }

    public async Task ClearAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var plan = await db.CommunicationPlans.SingleOrDefaultAsync(p => p.OnboardingId == onboardingId, ct);
        if (plan is null) return;
        db.CommunicationPlans.Remove(plan);
        recorder.Record(db, null, onboardingId, by, "Communication plan cleared", $"Was {plan.Channel.DisplayName()}; urgent: {plan.UrgentPath}");
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>Saves or clears an onboarding's reporting plan, audited; saving lets the reporting gate pass.</summary>
public sealed class ReportingPlans(IDbContextFactory<OnboardingDbContext> databases, ReadinessRecorder recorder)
{
    public async Task SaveAsync(Guid onboardingId, ReportingPlanDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var dates = await recorder.DatesAsync(db, onboardingId, ct);
        DraftValidation.ThrowIfInvalid(ReadinessRules.ReportingPlanProblems(draft, dates.StartDate));
        var plan = await db.ReportingPlans.SingleOrDefaultAsync(p => p.OnboardingId == onboardingId, ct);
        ReadinessRecorder.EnsureCurrent(plan, draft, "The reporting plan");
        var action = plan is null ? "Reporting plan recorded" : "Reporting plan changed";
        if (plan is null) db.ReportingPlans.Add(plan = new ReportingPlan { OnboardingId = onboardingId });
        var kpis = ReadinessRules.KpiLines(draft.Kpis);
        plan.Kpis = string.Join("\n", kpis);
        plan.ReportTemplate = draft.ReportTemplate!.Trim();
        plan.Cadence = draft.Cadence!.Value;
        plan.FirstReportDate = DateOnly.FromDateTime(draft.FirstReportDate!.Value);
        recorder.Record(db, plan, onboardingId, by, action,
            $"KPIs: {string.Join(", ", kpis)}; template {plan.ReportTemplate}; {plan.Cadence.DisplayName().ToLowerInvariant()}, first report {plan.FirstReportDate:d MMM yyyy}");
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
    }

    public async Task ClearAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var plan = await db.ReportingPlans.SingleOrDefaultAsync(p => p.OnboardingId == onboardingId, ct);
        if (plan is null) return;
        db.ReportingPlans.Remove(plan);
        recorder.Record(db, null, onboardingId, by, "Reporting plan cleared", $"Was template {plan.ReportTemplate}, first report {plan.FirstReportDate:d MMM yyyy}");
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
    }
}

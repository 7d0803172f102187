using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing.Invoices;

namespace Onboarding.Workflows.Billing.Terms;

/// <summary>
/// The billing terms as the section shows them: the terms (null before finance sets them), the playbook's stages to pick
/// milestones from, the onboarding's start (the first retainer day by default), the first number issued (which fixes the
/// currency), whether the deposit was invoiced, and whether the reader may edit.
/// </summary>
public sealed record BillingTermsView(BillingTerms? Terms, IReadOnlyList<string> Stages, DateOnly StartDate, string? FirstIssuedNumber, bool DepositInvoiced, bool CanEdit);

public sealed class BillingTermsQueries(IDbContextFactory<OnboardingDbContext> databases)
{
    public async Task<BillingTermsView> ForOnboardingAsync(Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await BillingAccess.EnsureCanViewAsync(db, onboardingId, actor, ct);
        var onboarding = await BilledOnboarding.LoadAsync(db, onboardingId, ct);
        var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == onboardingId, ct);
        var issued = await db.Invoices.AsNoTracking().Where(i => i.OnboardingId == onboardingId && i.Number != null)
            .OrderBy(i => i.Sequence).Select(i => i.Number).FirstOrDefaultAsync(ct);
        var depositInvoiced = await db.Invoices.AnyAsync(i => i.OnboardingId == onboardingId && i.ScheduleKey == InvoiceSchedule.DepositKey, ct);
        return new BillingTermsView(terms, onboarding.Stages, onboarding.StartDate, issued, depositInvoiced, actor.IsFinance);
    }
}

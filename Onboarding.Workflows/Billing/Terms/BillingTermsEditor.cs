using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing.Invoices;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Terms;

/// <summary>The saved terms and the deposit invoice issued with them, if that save issued one.</summary>
public sealed record SavedTerms(BillingTerms Terms, Invoice? Deposit, ScheduleChanges Schedule);

/// <summary>
/// Finance sets an onboarding's billing terms. One save is one unit: the terms (created, or updated from the version the
/// user saw), an audit line with what changed, the invoice schedule regenerated, and, when the terms ask for a deposit
/// and none was invoiced yet, the deposit invoice created and issued with its number, all committed together or not at all.
/// </summary>
public sealed class BillingTermsEditor(IDbContextFactory<OnboardingDbContext> databases, InvoiceIssuer issuer, FirmClock firm)
{
    /// <param name="expectedToken">The token of the terms the user edited; null when they saw none (a first save).</param>
    public async Task<SavedTerms> SaveAsync(Guid onboardingId, BillingTermsForm form, Guid? expectedToken, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "set billing terms");
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var onboarding = await BilledOnboarding.LoadAsync(db, onboardingId, ct);
            DraftValidation.ThrowIfInvalid(BillingTermsRules.Validate(form, onboarding.Stages));
            var wanted = BillingTermsRules.Apply(form, new BillingTerms());
            var depositInvoiced = await db.Invoices.AnyAsync(i => i.OnboardingId == onboardingId && i.ScheduleKey == InvoiceSchedule.DepositKey, ct);
            if (BillingTermsRules.DepositAmount(wanted) > 0 && !depositInvoiced)
            {
                SavedTerms? saved = null;
                await issuer.IssueAsync(async (unit, token) =>
                {
                    saved = await StageAsync(unit, onboarding, form, expectedToken, actor, token);
                    // The issuer reads the net days from the saved terms: write them first, in its transaction.
                    await SaveAsync(unit, token);
                    return saved.Deposit ?? throw new DomainException("The deposit was invoiced meanwhile by someone else; reload to see it.");
                }, actor.Name, ct);
                return saved!;
            }
        }
        return await databases.InTransactionAsync(async work =>
        {
            var onboardingAgain = await BilledOnboarding.LoadAsync(work, onboardingId, ct);
            var result = await StageAsync(work, onboardingAgain, form, expectedToken, actor, ct);
            if (result.Deposit is not null) throw new DomainException("The deposit invoice was removed meanwhile; save the terms again to issue it.");
            await SaveAsync(work, ct);
            return result;
        }, ct);
    }

    /// <summary>Loads, checks, applies and audits the terms and regenerates the schedule in <paramref name="db"/>, without saving.</summary>
    private async Task<SavedTerms> StageAsync(OnboardingDbContext db, BilledOnboarding onboarding, BillingTermsForm form, Guid? expectedToken, BillingActor actor, CancellationToken ct)
    {
        var terms = await db.BillingTerms.SingleOrDefaultAsync(t => t.OnboardingId == onboarding.Id, ct);
        if (terms is null && expectedToken is not null) throw new DomainException("These billing terms were removed meanwhile; reload the page.");
        if (terms is not null && terms.ConcurrencyToken != expectedToken)
            throw new DomainException($"{terms.UpdatedBy} changed the billing terms meanwhile; reload to see their version, then make your change again.");
        var before = terms is null ? null : BillingTermsRules.Apply(BillingTermsForm.Of(terms), new BillingTerms());
        var after = BillingTermsRules.Apply(form, new BillingTerms());
        if (before is not null && before.Currency != after.Currency)
        {
            var issued = await db.Invoices.Where(i => i.OnboardingId == onboarding.Id && i.Number != null).OrderBy(i => i.Sequence).Select(i => i.Number).FirstOrDefaultAsync(ct);
            if (issued is not null)
                throw new ValidationFailedException([new(
                    $"The currency stays {before.Currency}: invoice {issued} was already issued in it. Void the invoices first if the client really pays in {after.Currency}.",
                    [nameof(BillingTermsForm.Currency)])]);
        }
        var now = firm.UtcNow;
        if (terms is null)
        {
            terms = new BillingTerms { OnboardingId = onboarding.Id };
            db.BillingTerms.Add(terms);
        }
        BillingTermsRules.Apply(form, terms);
        terms.UpdatedAtUtc = now;
        terms.UpdatedBy = actor.Name;
        terms.ConcurrencyToken = Guid.NewGuid();
        var changes = before is null ? BillingTermsText.Summary(terms) : BillingTermsText.Changes(before, terms);
        if (before is null || changes.Length > 0)
            db.AuditEntries.Add(AuditEntry.OfOnboarding(onboarding.Id, actor.Name, now, before is null ? "Billing terms set" : "Billing terms changed", changes + "."));
        var schedule = await ScheduleApplication.ApplyAsync(db, terms, onboarding.ClientId, onboarding.StartDate, actor.Name, now, ct);
        if (schedule.Any) db.AuditEntries.Add(AuditEntry.OfOnboarding(onboarding.Id, actor.Name, now, "Invoice schedule updated", schedule.Text + "."));
        return new SavedTerms(terms, schedule.Deposit, schedule);
    }

    private static async Task SaveAsync(OnboardingDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("Someone saved the billing terms at the same moment; reload to see their version, then make your change again.");
        }
    }
}

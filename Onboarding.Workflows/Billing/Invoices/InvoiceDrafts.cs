using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>
/// Invoices finance writes by hand, as drafts: hours (the hourly model's rate × hours), other work, change requests
/// (added from "Ready to invoice", see <see cref="ChangeRequestInvoicing"/>). Drafts are edited and deleted freely (a
/// deleted one's change requests are ready to invoice again); issuing numbers them. Finance and admins only, audited.
/// </summary>
public sealed class InvoiceDrafts(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public async Task<Invoice> CreateAsync(Guid onboardingId, InvoiceDraftForm form, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "write invoices");
        if (form.Lines.Any(l => l.BillableItemId is not null))
            throw new DomainException("Change requests are added to an invoice from \"Ready to invoice\", not typed in.");
        await using var db = await databases.CreateDbContextAsync(ct);
        var terms = await TermsAsync(db, onboardingId, ct);
        var clientId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.ClientId).SingleAsync(ct);
        DraftValidation.ThrowIfInvalid(InvoiceDraftRules.Validate(form, terms.Currency, RateOf(terms)));
        var now = firm.UtcNow;
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), OnboardingId = onboardingId, ClientId = clientId, Kind = form.Kind, Status = InvoiceStatus.Draft, Currency = terms.Currency,
            CreatedAtUtc = now, CreatedBy = actor.Name,
        };
        Fill(invoice, form, RateOf(terms), new Dictionary<Guid, BillableItem>(), actor.Name, now);
        db.Invoices.Add(invoice);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, actor.Name, now, "Invoice draft created", Describe(invoice)));
        await db.SaveChangesAsync(ct);
        return invoice;
    }

    /// <summary>Replaces the draft's title and lines; change-request lines left out go back to "Ready to invoice".</summary>
    public async Task<Invoice> UpdateAsync(Guid invoiceId, Guid concurrencyToken, InvoiceDraftForm form, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "edit invoices");
        await using var db = await databases.CreateDbContextAsync(ct);
        var invoice = await InvoiceStore.LoadHandDraftAsync(db, invoiceId, concurrencyToken, "edited", ct);
        var terms = await TermsAsync(db, invoice.OnboardingId, ct);
        if (form.Kind != invoice.Kind && (invoice.Kind == InvoiceKind.ChangeRequests || form.Kind == InvoiceKind.ChangeRequests))
            throw new DomainException("A change-request invoice stays one: take its change requests off, or delete the draft and write a new invoice.");
        DraftValidation.ThrowIfInvalid(InvoiceDraftRules.Validate(form, terms.Currency, RateOf(terms)));
        var items = await db.BillableItems.Where(i => i.InvoiceId == invoice.Id).ToListAsync(ct);
        var kept = form.Lines.Select(l => l.BillableItemId).OfType<Guid>().ToHashSet();
        if (kept.Except(items.Select(i => i.Id)).Any())
            throw new DomainException("A change request on this form is not on this invoice any more; reload the invoice.");
        foreach (var released in items.Where(i => !kept.Contains(i.Id))) released.InvoiceId = null;
        var now = firm.UtcNow;
        var before = Describe(invoice);
        invoice.Kind = form.Kind;
        Fill(invoice, form, RateOf(terms), items.ToDictionary(i => i.Id), actor.Name, now);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, actor.Name, now, "Invoice draft changed", $"{before} → {Describe(invoice)}"));
        await InvoiceStore.SaveAsync(db, $"\"{invoice.Title}\"", ct);
        return invoice;
    }

    public async Task DeleteAsync(Guid invoiceId, Guid concurrencyToken, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "delete invoices");
        await using var db = await databases.CreateDbContextAsync(ct);
        var invoice = await InvoiceStore.LoadHandDraftAsync(db, invoiceId, concurrencyToken, "deleted", ct);
        await db.BillableItems.Where(i => i.InvoiceId == invoice.Id).ForEachAsync(i => i.InvoiceId = null, ct);
        db.Invoices.Remove(invoice);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, actor.Name, firm.UtcNow, "Invoice draft deleted", Describe(invoice)));
        await InvoiceStore.SaveAsync(db, $"\"{invoice.Title}\"", ct);
    }

    /// <summary>"Other \"Design\": USD 1,200.00 (2 lines)."</summary>
    internal static string Describe(Invoice invoice) =>
        $"{invoice.Kind} \"{invoice.Title}\": {Money.Format(invoice.Total, invoice.Currency)} ({invoice.Lines.Count} line{(invoice.Lines.Count == 1 ? "" : "s")}).";

    internal static async Task<BillingTerms> TermsAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == onboardingId, ct)
        ?? throw new DomainException("Set the billing terms first: an invoice takes its currency and payment terms from them.");

    internal static decimal? RateOf(BillingTerms terms) => terms.Model == BillingModel.Hourly ? terms.HourlyRate : null;

    private static void Fill(Invoice invoice, InvoiceDraftForm form, decimal? rate, IReadOnlyDictionary<Guid, BillableItem> items, string by, DateTime now)
    {
        invoice.Title = form.Title.Trim();
        invoice.Lines.Clear();
        foreach (var line in form.Lines)
        {
            if (line.BillableItemId is { } id) invoice.AddLine(items[id].Description, 1, items[id].Amount, id);
            else invoice.AddLine(line.Description.Trim(), line.Quantity, InvoiceDraftRules.PriceOf(form, line, rate));
        }
        invoice.UpdatedAtUtc = now;
        invoice.UpdatedBy = by;
        invoice.ConcurrencyToken = Guid.NewGuid();
    }
}

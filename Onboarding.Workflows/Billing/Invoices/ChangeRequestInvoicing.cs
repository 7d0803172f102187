using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>
/// Approved billable change requests onto an invoice: each one a line (its text and amount, with its BillableItemId) on a
/// new or an existing change-request draft. An item is on at most one live invoice: it is claimed with a conditional
/// update, so two people adding it at once get one line and a clear refusal. Issuing the invoice bills them.
/// </summary>
public sealed class ChangeRequestInvoicing(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public const string DefaultTitle = "Change requests";

    /// <param name="draftId">The change-request draft to add to; null starts a new one.</param>
    /// <param name="draftToken">The draft's token as the user saw it (with <paramref name="draftId"/>).</param>
    public async Task<Invoice> AddAsync(Guid onboardingId, IReadOnlyCollection<Guid> itemIds, Guid? draftId, Guid? draftToken, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "invoice change requests");
        if (itemIds.Count == 0) throw new DomainException("Pick at least one change request to invoice.");
        return await databases.InTransactionAsync(async db =>
        {
            var terms = await InvoiceDrafts.TermsAsync(db, onboardingId, ct);
            var items = await db.BillableItems.AsNoTracking().Where(i => itemIds.Contains(i.Id) && i.OnboardingId == onboardingId).OrderBy(i => i.CreatedAtUtc).ThenBy(i => i.Description).ToListAsync(ct);
            if (items.Count != itemIds.Count) throw new DomainException("A change request picked is not this onboarding's any more; reload the list.");
            if (items.FirstOrDefault(i => i.Currency != terms.Currency) is { } other)
                throw new DomainException($"{other.Description} is priced in {other.Currency}, but this onboarding invoices in {terms.Currency}: bill it by hand from the Scope tab.");
            var now = firm.UtcNow;
            var invoice = draftId is { } id ? await InvoiceStore.LoadHandDraftAsync(db, id, draftToken ?? Guid.Empty, "changed", ct) : null;
            if (invoice is not null && invoice.Kind != InvoiceKind.ChangeRequests)
                throw new DomainException($"\"{invoice.Title}\" is not a change-request invoice; add the change requests to a new one.");
            if (invoice is null)
            {
                var clientId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.ClientId).SingleAsync(ct);
                invoice = new Invoice
                {
                    Id = Guid.NewGuid(), OnboardingId = onboardingId, ClientId = clientId, Kind = InvoiceKind.ChangeRequests, Status = InvoiceStatus.Draft,
                    Currency = terms.Currency, Title = DefaultTitle, CreatedAtUtc = now, CreatedBy = actor.Name,
                };
                db.Invoices.Add(invoice);
                // Saved first so that the items can point at it when they are claimed below.
                await db.SaveChangesAsync(ct);
            }
            foreach (var item in items)
            {
                var claimed = await db.BillableItems.Where(i => i.Id == item.Id && i.InvoiceId == null && i.BilledAtUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.InvoiceId, invoice.Id), ct);
                if (claimed == 0) throw new DomainException($"{item.Description} is already on an invoice or billed; the list shows where it is now.");
                invoice.AddLine(item.Description, 1, item.Amount, item.Id);
            }
            invoice.UpdatedAtUtc = now;
            invoice.UpdatedBy = actor.Name;
            invoice.ConcurrencyToken = Guid.NewGuid();
            db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, actor.Name, now, "Change requests put on an invoice",
                $"{string.Join(", ", items.Select(i => i.Description))} on \"{invoice.Title}\" ({Money.Format(invoice.Total, invoice.Currency)})."));
            await InvoiceStore.SaveAsync(db, $"\"{invoice.Title}\"", ct);
            return invoice;
        }, ct);
    }
}

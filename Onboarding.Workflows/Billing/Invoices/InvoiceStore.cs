using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>Loading invoices the same way for every action: as the user saw them (the concurrency token), or a clear conflict.</summary>
internal static class InvoiceStore
{
    /// <summary>The invoice (tracked, with its lines) as the user last saw it.</summary>
    public static async Task<Invoice> LoadAsync(OnboardingDbContext db, Guid invoiceId, Guid concurrencyToken, CancellationToken ct)
    {
        var invoice = await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, ct)
            ?? throw new DomainException("That invoice no longer exists (a draft someone deleted); the list shows what is left.");
        if (invoice.ConcurrencyToken != concurrencyToken)
            throw new DomainException($"{invoice.UpdatedBy} changed {Name(invoice)} meanwhile: it is now {Describe(invoice.Status)}. Reload and check it before trying again.");
        return invoice;
    }

    /// <summary>A draft finance wrote (not one the schedule made), to edit or delete.</summary>
    public static async Task<Invoice> LoadHandDraftAsync(OnboardingDbContext db, Guid invoiceId, Guid concurrencyToken, string doing, CancellationToken ct)
    {
        var invoice = await LoadAsync(db, invoiceId, concurrencyToken, ct);
        if (invoice.Status != InvoiceStatus.Draft)
            throw new DomainException($"{Name(invoice)} is {Describe(invoice.Status)}: only drafts can be {doing}. Void it instead if it is wrong.");
        if (invoice.ScheduleKey is not null)
            throw new DomainException($"\"{invoice.Title}\" comes from the billing terms' schedule: change the terms to change it (issuing it early is fine).");
        return invoice;
    }

    public static string Name(Invoice invoice) => invoice.Number ?? $"the draft \"{invoice.Title}\"";

    public static string Describe(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "partially paid",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Saves; a save that lost a race to someone else's says so instead of overwriting.</summary>
    public static async Task SaveAsync(OnboardingDbContext db, string what, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException($"Someone changed {what} at the same moment; reload and check it before trying again.");
        }
    }
}

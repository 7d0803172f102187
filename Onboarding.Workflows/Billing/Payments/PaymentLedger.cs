using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>Someone else changed the invoice or payment first; nothing of this action was saved.</summary>
public sealed class PaymentConflictException(string message) : DomainException(message);

/// <summary>
/// The ledger rules every payment action shares: one transaction per action, invoices and payments loaded as the user saw
/// them (or a clear conflict), and an invoice's paid amount always the sum of its live allocations, its status from
/// <see cref="InvoiceStatuses"/>.
/// </summary>
internal static class PaymentLedger
{
    /// <summary>The onboarding's invoice (tracked), open and as the user saw it.</summary>
    public static async Task<Invoice> OpenInvoiceAsync(OnboardingDbContext db, Guid onboardingId, Guid invoiceId, Guid token, CancellationToken ct)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId && i.OnboardingId == onboardingId, ct)
            ?? throw new DomainException("That invoice is not one of this onboarding's; reload the page.");
        if (invoice.ConcurrencyToken != token) throw Changed(invoice);
        if (!invoice.IsOpen)
            throw new DomainException($"{Name(invoice)} is {Describe(invoice.Status)}; payments go against issued invoices with a balance.");
        return invoice;
    }

    /// <summary>Sets the paid amount to the sum of the invoice's live allocations (those added in this context included) and refreshes its status.</summary>
    public static async Task SettleAsync(OnboardingDbContext db, Invoice invoice, DateOnly today, string by, DateTime now, CancellationToken ct)
    {
        await db.PaymentAllocations.Where(a => a.InvoiceId == invoice.Id).LoadAsync(ct);
        db.ChangeTracker.DetectChanges();
        // Local leaves out what this action deleted and includes what it added.
        invoice.AmountPaid = db.PaymentAllocations.Local.Where(a => a.InvoiceId == invoice.Id).Sum(a => a.Amount);
        InvoiceStatuses.Refresh(invoice, today);
        invoice.UpdatedAtUtc = now;
        invoice.UpdatedBy = by;
        invoice.ConcurrencyToken = Guid.NewGuid();
    }

    public static PaymentAllocation Allocate(OnboardingDbContext db, Payment payment, Invoice invoice, decimal amount, string by, DateTime now)
    {
        var allocation = new PaymentAllocation { PaymentId = payment.Id, InvoiceId = invoice.Id, Amount = amount, AllocatedAtUtc = now, AllocatedBy = by };
        db.PaymentAllocations.Add(allocation);
        return allocation;
    }

    /// <summary>Saves; a concurrency failure (SQL Server, or a writer that did not queue) becomes the conflict message for <paramref name="invoice"/>.</summary>
    public static async Task SaveAsync(IDbContextFactory<OnboardingDbContext> databases, OnboardingDbContext db, Invoice? invoice, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (invoice is null) throw new PaymentConflictException("Someone changed these payments meanwhile. Reload; nothing was saved.");
            await using var fresh = await databases.CreateDbContextAsync(ct);
            var now = await fresh.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoice.Id, ct);
            throw now is null ? new PaymentConflictException("That invoice was deleted meanwhile. Reload; nothing was saved.") : Changed(now);
        }
    }

    public static PaymentConflictException Changed(Invoice now) => new(
        $"{now.UpdatedBy} changed {Name(now)} meanwhile: it is now {Describe(now.Status)}"
        + (now.Status == InvoiceStatus.Paid ? "" : $", {Money.Format(now.Balance, now.Currency)} to pay") + ". Reload and check it; nothing was saved.");

    public static string Name(Invoice invoice) => invoice.Number ?? $"The draft \"{invoice.Title}\"";

    public static string Describe(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "partially paid",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>"INV-000001 is now paid" or "INV-000001 is now partially paid, USD 800.00 to pay".</summary>
    public static string Outcome(Invoice invoice) => invoice.Status == InvoiceStatus.Paid
        ? $"{Name(invoice)} is now paid."
        : $"{Name(invoice)} is now {Describe(invoice.Status)}, {Money.Format(invoice.Balance, invoice.Currency)} to pay.";

    /// <summary>"USD 5,000.00 by bank transfer, ref X, received 24 Nov 2026".</summary>
    public static string Describe(Payment payment) =>
        $"{Money.Format(payment.Amount, payment.Currency)} by {PaymentRules.Describe(payment.Method)}"
        + (payment.Reference.Length == 0 ? "" : $", ref {payment.Reference}") + $", received {payment.ReceivedOn:d MMM yyyy}";
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Overdue;

/// <summary>
/// Marks issued and partially paid invoices overdue once their due date has passed in the firm's day, through
/// <see cref="InvoiceStatuses.Refresh"/>, with one audit line each. Only the candidates are read (status and due date
/// are indexed), so a pass over a large ledger stays cheap; a second pass finds nothing left to do.
/// </summary>
public sealed class OverdueDuty(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm) : IBillingDuty
{
    public const string Actor = "Billing clock";
    public const string AuditAction = "Invoice overdue";

    public string Name => "Overdue invoices";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = firm.Today();
        await using var db = await databases.CreateDbContextAsync(ct);
        var candidates = await db.Invoices
            .Where(i => (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid) && i.DueOn != null && i.DueOn < today)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Sequence)
            .ToListAsync(ct);
        var now = firm.UtcNow;
        var marked = 0;
        foreach (var invoice in candidates)
        {
            // The status is derived from the money and the day, not edited by a person, so the concurrency token stays:
            // a payment being recorded from a page loaded before midnight is not refused for it. A payment saved in
            // between still makes this save fail (the token is in its WHERE clause); the next pass tries again.
            if (!InvoiceStatuses.Refresh(invoice, today) || invoice.Status != InvoiceStatus.Overdue) continue;
            invoice.UpdatedAtUtc = now;
            invoice.UpdatedBy = Actor;
            db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, Actor, now, AuditAction, Describe(invoice)));
            marked++;
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        return marked;
    }

    /// <summary>"INV-000012 is overdue: USD 4,000.00 unpaid since 30 Dec".</summary>
    public static string Describe(Invoice invoice) =>
        $"{invoice.Number} is overdue: {Money.Format(invoice.Balance, invoice.Currency)} unpaid since {invoice.DueOn?.ToString("d MMM", CultureInfo.InvariantCulture)}";
}

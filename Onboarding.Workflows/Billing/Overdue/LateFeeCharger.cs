using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Overdue;

/// <summary>
/// Previews and applies late fees. A fee is charged as its own <see cref="InvoiceKind.LateFee"/> invoice, issued at
/// once, never by editing the overdue invoice. Finance applies exactly the amount it previewed: the fee is worked out
/// again inside the issuing transaction, and a different amount (a payment arrived, a day passed, a colleague applied
/// it first) is refused so that finance reviews it again.
/// </summary>
public sealed class LateFeeCharger(IDbContextFactory<OnboardingDbContext> databases, InvoiceIssuer issuer, FirmClock firm)
{
    public const string AuditAction = "Late fee applied";

    /// <summary>The late fee <paramref name="invoiceId"/> owes today, for whoever may see the onboarding's invoices.</summary>
    public async Task<LateFeeQuote> PreviewAsync(Guid invoiceId, BillingActor actor, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct) ?? throw new NotFoundException("The invoice");
        await BillingAccess.EnsureCanViewAsync(db, invoice.OnboardingId, actor, ct);
        return await QuoteAsync(db, invoice, firm.Today(), ct);
    }

    /// <summary>
    /// Issues a late-fee invoice of <paramref name="expectedFee"/> for the overdue invoice <paramref name="invoiceId"/>;
    /// Finance and Admin only. Returns the late-fee invoice.
    /// </summary>
    public async Task<Invoice> ApplyAsync(Guid invoiceId, decimal expectedFee, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "apply late fees");
        return await issuer.IssueAsync(async (db, token) =>
        {
            var original = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, token) ?? throw new NotFoundException("The invoice");
            var today = firm.Today();
            var quote = await QuoteAsync(db, original, today, token);
            if (!quote.HasFee) throw new DomainException($"There is no late fee to apply on {original.Number}: {quote.Explanation}");
            if (quote.Due != Money.Round(expectedFee, original.Currency))
                throw new DomainException($"The late fee on {original.Number} is now {Money.Format(quote.Due, quote.Currency)}, not {Money.Format(expectedFee, quote.Currency)}; review it again.");
            var earlier = await db.Invoices.CountAsync(i => i.LateFeeForInvoiceId == original.Id, token);
            var now = firm.UtcNow;
            var fee = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = original.OnboardingId, ClientId = original.ClientId, Kind = InvoiceKind.LateFee,
                ScheduleKey = $"late-fee:{original.Number}:{earlier + 1}", Title = $"Late fee on {original.Number}", Status = InvoiceStatus.Draft,
                Currency = original.Currency, LateFeeForInvoiceId = original.Id, CreatedAtUtc = now, CreatedBy = actor.Name,
                UpdatedAtUtc = now, UpdatedBy = actor.Name, ConcurrencyToken = Guid.NewGuid(),
            };
            fee.AddLine(quote.LineFor(original.Number), 1, quote.Due);
            db.Invoices.Add(fee);
            db.AuditEntries.Add(AuditEntry.OfOnboarding(original.OnboardingId, actor.Name, now, AuditAction,
                $"{Money.Format(quote.Due, quote.Currency)} on {original.Number}, {BillingWords.Days(quote.DaysLate)} overdue: {quote.Explanation}."));
            return fee;
        }, actor.Name, ct);
    }

    /// <summary>The quote for <paramref name="invoice"/> on <paramref name="today"/>, with what its live late-fee invoices already charged.</summary>
    public static async Task<LateFeeQuote> QuoteAsync(OnboardingDbContext db, Invoice invoice, DateOnly today, CancellationToken ct)
    {
        var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == invoice.OnboardingId, ct);
        var charged = (await ChargedAsync(db, [invoice.Id], ct)).GetValueOrDefault(invoice.Id);
        return LateFeeCalculator.Quote(terms, invoice, today, charged);
    }

    /// <summary>What the late-fee invoices of each invoice charged, void ones left out.</summary>
    public static async Task<Dictionary<Guid, decimal>> ChargedAsync(OnboardingDbContext db, IReadOnlyCollection<Guid> invoiceIds, CancellationToken ct)
    {
        var fees = await db.Invoices.AsNoTracking()
            .Where(i => i.LateFeeForInvoiceId != null && invoiceIds.Contains(i.LateFeeForInvoiceId.Value) && i.Status != InvoiceStatus.Void)
            .Select(i => new { For = i.LateFeeForInvoiceId!.Value, i.Total }).ToListAsync(ct);
        // Summed here: SQLite cannot sum decimals in SQL.
        return fees.GroupBy(f => f.For).ToDictionary(g => g.Key, g => g.Sum(f => f.Total));
    }
}

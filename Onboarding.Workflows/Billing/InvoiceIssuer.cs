using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing;

/// <summary>
/// Issues invoices: the next number of the firm's sequence, the issue day, the due day from the payment terms, an audit
/// line. The number is taken in the same transaction as the invoice is saved (<see cref="InvoiceCounter"/>), so a failed
/// issue gives back its number (no gaps) and two issues at once never share one (the counter's concurrency token and
/// the unique index; a loser retries on a fresh context).
/// </summary>
public sealed class InvoiceIssuer(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    private const int Attempts = 8;
    public const int DefaultPaymentTermDays = 30;

    public static string FormatNumber(int sequence) => $"INV-{sequence:D6}";

    /// <summary>Issues the draft <paramref name="invoiceId"/>.</summary>
    public Task<Invoice> IssueAsync(Guid invoiceId, string by, CancellationToken ct = default) =>
        IssueAsync(async (db, token) => await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, token)
            ?? throw new DomainException("That invoice no longer exists."), by, ct);

    /// <summary>
    /// Issues the draft that <paramref name="prepare"/> loads (tracked) or adds to the context it is given; whatever else
    /// it changes in that context is saved in the same transaction. It may run more than once (a retry after losing a
    /// race for a number), each time on a fresh context, so it must not keep state between runs.
    /// </summary>
    public async Task<Invoice> IssueAsync(Func<OnboardingDbContext, CancellationToken, Task<Invoice>> prepare, string by, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await databases.InTransactionAsync(async db =>
                {
                    var invoice = await prepare(db, ct);
                    Ensure(invoice);
                    var termDays = await db.BillingTerms.AsNoTracking().Where(t => t.OnboardingId == invoice.OnboardingId)
                        .Select(t => (int?)t.PaymentTermDays).FirstOrDefaultAsync(ct) ?? DefaultPaymentTermDays;
                    Number(invoice, await TakeNumberAsync(db, ct), termDays, by);
                    db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, by, invoice.IssuedAtUtc!.Value, "Invoice issued",
                        $"{invoice.Number} \"{invoice.Title}\": {Money.Format(invoice.Total, invoice.Currency)}, due {invoice.DueOn:yyyy-MM-dd} (net {termDays})."));
                    await db.SaveChangesAsync(ct);
                    return invoice;
                }, ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another issue took the number first (SQL Server: the counter's token or the unique index); try again.
            }
        }
    }

    private void Number(Invoice invoice, int sequence, int termDays, string by)
    {
        var now = firm.UtcNow;
        var today = firm.DayOf(now);
        invoice.Sequence = sequence;
        invoice.Number = FormatNumber(sequence);
        invoice.Status = InvoiceStatus.Issued;
        invoice.IssuedOn = today;
        invoice.DueOn = today.AddDays(termDays);
        invoice.IssuedAtUtc = now;
        invoice.IssuedBy = by;
        invoice.UpdatedAtUtc = now;
        invoice.UpdatedBy = by;
        invoice.ConcurrencyToken = Guid.NewGuid();
        InvoiceStatuses.Refresh(invoice, today);
    }

    private static void Ensure(Invoice invoice)
    {
        if (invoice.Status != InvoiceStatus.Draft)
            throw new DomainException($"{invoice.Number ?? "This invoice"} is already {invoice.Status.ToString().ToLowerInvariant()}; only a draft can be issued.");
        if (invoice.Lines.Count == 0 || invoice.Total <= 0)
            throw new DomainException("An invoice needs at least one line and a total above zero before it is issued.");
    }

    /// <summary>The next sequence number, taken in <paramref name="db"/>'s transaction (saved with it).</summary>
    private static async Task<int> TakeNumberAsync(OnboardingDbContext db, CancellationToken ct)
    {
        var counter = await db.InvoiceCounters.SingleOrDefaultAsync(c => c.Key == InvoiceCounter.InvoicesKey, ct);
        if (counter is null)
        {
            counter = new InvoiceCounter { Key = InvoiceCounter.InvoicesKey, Last = 0 };
            db.InvoiceCounters.Add(counter);
        }
        counter.Last++;
        counter.ConcurrencyToken = Guid.NewGuid();
        return counter.Last;
    }
}

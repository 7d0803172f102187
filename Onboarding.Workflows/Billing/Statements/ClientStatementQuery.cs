using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Statements;

/// <summary>
/// A client's statement of account for finance: every issued invoice (void ones are cancelled, so left out) is a charge on
/// its issue day, every payment received (void ones left out) a credit on its day. Three narrow queries over one client's
/// history (a client has hundreds of rows at most), summed here in decimal.
/// </summary>
public sealed class ClientStatementQuery(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    /// <summary>The statement, or null when the client does not exist.</summary>
    public async Task<ClientStatement?> LoadAsync(int clientId, DateOnly from, DateOnly to, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "see a client's statement");
        if (from > to) throw new DomainException($"The period starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}); swap the dates.");
        await using var db = await databases.CreateDbContextAsync(ct);
        var name = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.CompanyName).SingleOrDefaultAsync(ct);
        if (name is null) return null;

        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => i.ClientId == clientId && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Void && i.IssuedOn <= to)
            .Select(i => new { i.Currency, IssuedOn = i.IssuedOn!.Value, i.Sequence, i.Number, i.Title, i.DueOn, i.Total })
            .ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.ClientId == clientId && p.VoidedAtUtc == null && p.ReceivedOn <= to)
            .Select(p => new { p.Id, p.Currency, p.ReceivedOn, p.RecordedAtUtc, p.Amount, p.Method, p.Reference })
            .ToListAsync(ct);
        var paymentIds = payments.Select(p => p.Id).ToList();
        var allocations = await db.PaymentAllocations.AsNoTracking().Where(a => paymentIds.Contains(a.PaymentId))
            .Select(a => new { a.PaymentId, a.Amount, a.AllocatedAtUtc }).ToListAsync(ct);
        // Credit as it stood at the end of the period: allocations made later had not used it yet.
        var appliedByEnd = allocations.Where(a => firm.DayOf(a.AllocatedAtUtc) <= to).ToLookup(a => a.PaymentId, a => a.Amount);
        var unapplied = payments.GroupBy(p => p.Currency).ToDictionary(g => g.Key, g => g.Sum(p => Math.Max(0, p.Amount - appliedByEnd[p.Id].Sum())));

        var entries = invoices.Select(i => new Entry(i.Currency, i.IssuedOn, 0, i.Sequence ?? 0, DateTime.MinValue,
                new StatementLine(i.IssuedOn, StatementEntry.Invoice, i.Number ?? "", i.Title, i.DueOn, i.Total, 0, 0)))
            .Concat(payments.Select(p => new Entry(p.Currency, p.ReceivedOn, 1, 0, p.RecordedAtUtc,
                new StatementLine(p.ReceivedOn, StatementEntry.Payment, p.Reference, PaymentMethodNames.Of(p.Method), null, 0, p.Amount, 0))))
            .ToList();

        var sections = entries.GroupBy(e => e.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Section(g.Key, g, from, unapplied.GetValueOrDefault(g.Key)))
            .Where(s => s.Lines.Count > 0 || s.Opening != 0)
            .ToList();
        return new ClientStatement(clientId, name, from, to, firm.Today(), sections);
    }

    private static StatementSection Section(string currency, IEnumerable<Entry> entries, DateOnly from, decimal unappliedCredit)
    {
        var ordered = entries.OrderBy(e => e.Day).ThenBy(e => e.Order).ThenBy(e => e.Sequence).ThenBy(e => e.RecordedAtUtc).ToList();
        var opening = ordered.Where(e => e.Day < from).Sum(e => e.Line.Charge - e.Line.Payment);
        var balance = opening;
        var lines = new List<StatementLine>();
        foreach (var entry in ordered.Where(e => e.Day >= from))
        {
            balance += entry.Line.Charge - entry.Line.Payment;
            lines.Add(entry.Line with { Balance = balance });
        }
        return new StatementSection(currency, opening, lines, balance, Money.Round(unappliedCredit, currency));
    }

    /// <summary>Invoices (order 0) come before payments (order 1) on the same day, then by number or by when recorded.</summary>
    private sealed record Entry(string Currency, DateOnly Day, int Order, int Sequence, DateTime RecordedAtUtc, StatementLine Line);
}

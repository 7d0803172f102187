using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>What regenerating the schedule did; <see cref="Deposit"/> is the new deposit invoice, added as a draft, for the caller to issue.</summary>
public sealed record ScheduleChanges(int Added, int Updated, int Removed, Invoice? Deposit)
{
    public bool Any => Added + Updated + Removed > 0;

    public string Text => string.Join(", ", new[] { (Added, "added"), (Updated, "changed"), (Removed, "removed") }
        .Where(x => x.Item1 > 0).Select(x => $"{x.Item1} draft{(x.Item1 == 1 ? "" : "s")} {x.Item2}"));
}

/// <summary>
/// Brings an onboarding's scheduled invoices in line with its terms, in the caller's unit of work: drafts no longer planned
/// are removed, changed ones updated, new ones added; issued and void invoices are never touched. Running it twice changes nothing.
/// </summary>
public static class ScheduleApplication
{
    public static async Task<ScheduleChanges> ApplyAsync(OnboardingDbContext db, BillingTerms terms, int clientId, DateOnly startDate, string by, DateTime now, CancellationToken ct)
    {
        var existing = await db.Invoices.Include(i => i.Lines).Where(i => i.OnboardingId == terms.OnboardingId && i.ScheduleKey != null).ToListAsync(ct);
        var planned = InvoiceSchedule.Plan(terms, startDate, existing.Select(i => new ScheduledInvoice(i.ScheduleKey!, i.Status)));
        var drafts = existing.Where(i => i.Status == InvoiceStatus.Draft).ToDictionary(i => i.ScheduleKey!, StringComparer.Ordinal);
        int added = 0, updated = 0, removed = 0;
        Invoice? deposit = null;
        foreach (var stale in drafts.Values.Where(d => planned.All(p => p.Key != d.ScheduleKey)))
        {
            db.Invoices.Remove(stale);
            removed++;
        }
        foreach (var plan in planned)
        {
            if (drafts.TryGetValue(plan.Key, out var draft))
            {
                if (Matches(draft, plan, terms.Currency)) continue;
                Fill(draft, plan, terms.Currency, by, now);
                updated++;
                continue;
            }
            var invoice = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = terms.OnboardingId, ClientId = clientId, ScheduleKey = plan.Key, Status = InvoiceStatus.Draft,
                CreatedAtUtc = now, CreatedBy = by,
            };
            Fill(invoice, plan, terms.Currency, by, now);
            db.Invoices.Add(invoice);
            if (plan.Key == InvoiceSchedule.DepositKey) deposit = invoice;
            else added++;
        }
        return new ScheduleChanges(added, updated, removed, deposit);
    }

    private static bool Matches(Invoice draft, PlannedInvoice plan, string currency) =>
        draft.Kind == plan.Kind && draft.Title == plan.Title && draft.Currency == currency && draft.ScheduledOn == plan.ScheduledOn
        && draft.MilestoneStage == plan.MilestoneStage
        && draft.Lines.OrderBy(l => l.Position).Select(l => (l.Description, l.Quantity, l.UnitPrice))
            .SequenceEqual(plan.Lines.Select(l => (l.Description, l.Quantity, l.UnitPrice)));

    private static void Fill(Invoice invoice, PlannedInvoice plan, string currency, string by, DateTime now)
    {
        invoice.Kind = plan.Kind;
        invoice.Title = plan.Title;
        invoice.Currency = currency;
        invoice.ScheduledOn = plan.ScheduledOn;
        invoice.MilestoneStage = plan.MilestoneStage;
        invoice.Lines.Clear();
        foreach (var line in plan.Lines) invoice.AddLine(line.Description, line.Quantity, line.UnitPrice);
        invoice.Total = invoice.Lines.Sum(l => l.Amount);
        invoice.UpdatedAtUtc = now;
        invoice.UpdatedBy = by;
        invoice.ConcurrencyToken = Guid.NewGuid();
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Messages;

namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>
/// Onboardings held at the deposit gate, in three queries: running workflows waiting for <c>DepositPaid</c>, open deposit
/// invoices, and the terms of the waiting ones not invoiced yet (to say how much the deposit will be).
/// </summary>
internal static class DepositsAwaited
{
    private const string Running = nameof(InstanceStatus.Running);

    public static async Task<IReadOnlyList<DepositAwaited>> LoadAsync(OnboardingDbContext db, FinanceFilter filter, DateOnly today, FirmClock firm, CancellationToken ct)
    {
        var waiting = from m in db.MessageSubscriptions.AsNoTracking()
                      where m.MessageName == KnownMessages.DepositPaid
                      join o in db.Onboardings on m.InstanceId equals o.WorkflowInstanceId
                      where o.WorkflowInstance!.Status == Running
                      join u in db.Users on o.AccountManagerId equals u.Id into managers
                      from u in managers.DefaultIfEmpty()
                      select new { OnboardingId = o.Id, o.ClientId, ClientName = o.Client!.CompanyName, o.AccountManagerId, AccountManager = u == null ? "" : u.DisplayName, m.CreatedAtUtc };
        if (filter.ClientId is { } clientId) waiting = waiting.Where(w => w.ClientId == clientId);
        if (!string.IsNullOrEmpty(filter.AccountManagerId)) waiting = waiting.Where(w => w.AccountManagerId == filter.AccountManagerId);
        if (FinanceInvoices.LikePattern(filter.Search) is { } pattern) waiting = waiting.Where(w => EF.Functions.Like(w.ClientName, pattern, "\\"));
        var waits = await waiting.ToListAsync(ct);

        // Currency and the invoice number search apply to deposit invoices in SQL; to waits without an invoice, below.
        var invoices = await FinanceInvoices.All(db).ForParties(filter).Open().Where(i => i.Kind == InvoiceKind.Deposit)
            .Select(i => new { i.OnboardingId, i.ClientId, i.ClientName, i.AccountManager, i.Currency, i.Number, i.IssuedOn, i.DueOn, i.Total, i.AmountPaid })
            .ToListAsync(ct);
        var invoiced = invoices.ToLookup(i => i.OnboardingId);
        var notInvoiced = waits.Select(w => w.OnboardingId).Where(id => !invoiced.Contains(id)).Distinct().ToList();
        var terms = await db.BillingTerms.AsNoTracking().Where(t => notInvoiced.Contains(t.OnboardingId)).ToDictionaryAsync(t => t.OnboardingId, ct);

        var rows = new List<DepositAwaited>();
        foreach (var invoice in invoices)
        {
            var since = waits.Where(w => w.OnboardingId == invoice.OnboardingId).Select(w => firm.DayOf(w.CreatedAtUtc)).Append(invoice.IssuedOn ?? today).Min();
            rows.Add(new DepositAwaited(invoice.OnboardingId, invoice.ClientId, invoice.ClientName, invoice.AccountManager, invoice.Currency,
                invoice.Total - invoice.AmountPaid, invoice.Number, invoice.DueOn, since, today.DayNumber - since.DayNumber));
        }
        foreach (var wait in waits.Where(w => !invoiced.Contains(w.OnboardingId)).DistinctBy(w => w.OnboardingId))
        {
            var agreed = terms.GetValueOrDefault(wait.OnboardingId);
            if (!string.IsNullOrEmpty(filter.Currency) && agreed?.Currency != filter.Currency) continue;
            var since = firm.DayOf(wait.CreatedAtUtc);
            decimal? deposit = agreed is null ? null : Terms.BillingTermsRules.DepositAmount(agreed);
            rows.Add(new DepositAwaited(wait.OnboardingId, wait.ClientId, wait.ClientName, wait.AccountManager, agreed?.Currency,
                deposit > 0 ? deposit : null, null, null, since, today.DayNumber - since.DayNumber));
        }
        return [.. rows.OrderByDescending(r => r.DaysWaiting).ThenBy(r => r.ClientName, StringComparer.CurrentCultureIgnoreCase)];
    }

}

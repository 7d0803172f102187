using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing.Reminders;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Overdue;

/// <summary>One overdue invoice as the overdue section shows it, with today's late-fee quote and its reminders.</summary>
public sealed record OverdueRow(Guid InvoiceId, Guid ConcurrencyToken, string Number, string Title, string Currency, DateOnly DueOn, int DaysLate,
    decimal Balance, int RemindersSent, DateTime? LastReminderAtUtc, DateOnly? NextReminderOn, LateFeeQuote Fee);

/// <summary>An onboarding's overdue invoices, who reminders go to, and whether the reader may act (Finance/Admin).</summary>
public sealed record OverdueOverview(IReadOnlyList<OverdueRow> Rows, ReminderRecipient Recipient, bool CanAct, DateOnly Today);

public sealed class OverdueQueries(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public async Task<OverdueOverview> OverviewAsync(Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await BillingAccess.EnsureCanViewAsync(db, onboardingId, actor, ct);
        var today = firm.Today();
        // Issued and partially paid ones past due count too: the clock may not have marked them yet this minute.
        var open = await db.Invoices.AsNoTracking()
            .Where(i => i.OnboardingId == onboardingId && i.DueOn != null && i.DueOn < today
                        && (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Overdue))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Sequence).ToListAsync(ct);
        var overdue = open.Where(i => InvoiceStatuses.For(i, today) == InvoiceStatus.Overdue).ToList();
        var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == onboardingId, ct);
        var charged = await LateFeeCharger.ChargedAsync(db, overdue.Select(i => i.Id).ToList(), ct);
        var rows = overdue.Select(i => new OverdueRow(i.Id, i.ConcurrencyToken, i.Number ?? "", i.Title, i.Currency, i.DueOn!.Value,
            InvoiceStatuses.DaysOverdue(i, today), i.Balance, i.RemindersSent, i.LastReminderAtUtc, NextReminder(i, today),
            LateFeeCalculator.Quote(terms, i, today, charged.GetValueOrDefault(i.Id)))).ToList();
        return new OverdueOverview(rows, await PaymentReminderMail.RecipientAsync(db, onboardingId, ct), actor.IsFinance, today);
    }

    /// <summary>The day the clock sends the next automatic reminder (null once four were sent).</summary>
    private DateOnly? NextReminder(Invoice invoice, DateOnly today)
    {
        if (invoice.RemindersSent >= PaymentReminders.AutomaticLimit) return null;
        if (invoice.LastReminderAtUtc is not { } last) return today;
        var next = firm.DayOf(last).AddDays(PaymentReminders.IntervalDays);
        return next < today ? today : next;
    }
}

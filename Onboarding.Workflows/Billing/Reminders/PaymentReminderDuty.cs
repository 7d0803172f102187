using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing.Overdue;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Reminders;

/// <summary>
/// E-mails the client's billing contact about overdue invoices on the reminder ladder (<see cref="PaymentReminders.IsDue"/>).
/// Invoices whose client has nobody to write to are skipped (the overdue section says so). Idempotent within a day: the
/// reminder is recorded on the invoice in the same save that queues it.
/// </summary>
public sealed class PaymentReminderDuty(IDbContextFactory<OnboardingDbContext> databases, PaymentReminders reminders, FirmClock firm) : IBillingDuty
{
    public string Name => "Payment reminders";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = firm.Today();
        // A superset in SQL (the last reminder at least six days ago in UTC); the firm-day rule decides below.
        var before = firm.UtcNow.AddDays(-(PaymentReminders.IntervalDays - 1));
        await using var db = await databases.CreateDbContextAsync(ct);
        var candidates = await db.Invoices
            .Where(i => i.Status == InvoiceStatus.Overdue && i.RemindersSent < PaymentReminders.AutomaticLimit
                        && (i.LastReminderAtUtc == null || i.LastReminderAtUtc <= before))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Sequence)
            .ToListAsync(ct);
        var recipients = new Dictionary<Guid, ReminderRecipient>();
        var sent = 0;
        foreach (var invoice in candidates.Where(i => PaymentReminders.IsDue(i, today, firm)))
        {
            if (!recipients.TryGetValue(invoice.OnboardingId, out var recipient))
                recipients[invoice.OnboardingId] = recipient = await PaymentReminderMail.RecipientAsync(db, invoice.OnboardingId, ct);
            if (recipient.To is null) continue;
            await reminders.QueueAsync(db, invoice, recipient, today, OverdueDuty.Actor, ct);
            sent++;
        }
        if (sent > 0) await db.SaveChangesAsync(ct);
        return sent;
    }
}

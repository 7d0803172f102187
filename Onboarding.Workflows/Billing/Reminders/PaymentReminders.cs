using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Reminders;

/// <summary>
/// Payment reminders for overdue invoices: the automatic ladder (<see cref="IsDue"/>: on the first overdue day, then
/// every 7 days, at most <see cref="AutomaticLimit"/>) and finance's "Send reminder now". Each reminder is queued, counted
/// on the invoice and audited in one save.
/// </summary>
public sealed class PaymentReminders(IDbContextFactory<OnboardingDbContext> databases, PaymentReminderMail mail, FirmClock firm)
{
    public const int AutomaticLimit = 4;
    public const int IntervalDays = 7;
    public const string AuditAction = "Payment reminder sent";

    /// <summary>
    /// Whether the clock should remind about <paramref name="invoice"/> today. Every reminder counts, by hand or not, so
    /// the client never gets more than four unasked-for ones, and the next comes a week after the last.
    /// </summary>
    public static bool IsDue(Invoice invoice, DateOnly today, FirmClock firm) =>
        InvoiceStatuses.For(invoice, today) == InvoiceStatus.Overdue
        && invoice.RemindersSent < AutomaticLimit
        && (invoice.LastReminderAtUtc is not { } last || firm.DayOf(last).AddDays(IntervalDays) <= today);

    /// <summary>Sends a reminder for <paramref name="invoiceId"/> now, whatever the ladder says; Finance and Admin only.</summary>
    public async Task<ReminderSent> SendNowAsync(Guid invoiceId, Guid concurrencyToken, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "send payment reminders");
        await using var db = await databases.CreateDbContextAsync(ct);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, ct) ?? throw new NotFoundException("The invoice");
        if (invoice.ConcurrencyToken != concurrencyToken) throw new DomainException($"{invoice.Number} changed meanwhile; reload and check it again.");
        var today = firm.Today();
        if (InvoiceStatuses.For(invoice, today) != InvoiceStatus.Overdue)
            throw new DomainException($"{invoice.Number} is not overdue; reminders are for overdue invoices.");
        var recipient = await PaymentReminderMail.RecipientAsync(db, invoice.OnboardingId, ct);
        if (recipient.To is null) throw new DomainException("The client has no contact with an e-mail address; add one on the client's page first.");
        var sent = await QueueAsync(db, invoice, recipient, today, actor.Name, ct);
        // A person's send takes a new token: two clicks or two people at once send one reminder, not two.
        invoice.ConcurrencyToken = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException($"{invoice.Number} changed meanwhile; reload and check it again.");
        }
        return sent;
    }

    /// <summary>Queues the reminder in <paramref name="db"/> and records it on the invoice and the timeline (the caller saves).</summary>
    internal async Task<ReminderSent> QueueAsync(OnboardingDbContext db, Invoice invoice, ReminderRecipient recipient, DateOnly today, string by, CancellationToken ct)
    {
        var to = recipient.To ?? throw new InvalidOperationException("A reminder needs a recipient.");
        await mail.QueueAsync(db, invoice, to, today, by, ct);
        var now = firm.UtcNow;
        invoice.RemindersSent++;
        invoice.LastReminderAtUtc = now;
        db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, by, now, AuditAction,
            $"Reminder {invoice.RemindersSent} for {invoice.Number} ({Money.Format(invoice.Balance, invoice.Currency)}, {Overdue.BillingWords.Days(InvoiceStatuses.DaysOverdue(invoice, today))} overdue) to {to.Name} <{to.Email}>"
            + (recipient.IsFallback ? ", the client having no billing contact with an e-mail address." : ".")));
        return new ReminderSent(invoice.Number ?? "", to.Name, to.Email, invoice.RemindersSent);
    }
}

/// <summary>A reminder queued: for which invoice, to whom, and which it was (1 = the first).</summary>
public sealed record ReminderSent(string InvoiceNumber, string ToName, string ToEmail, int Ordinal);

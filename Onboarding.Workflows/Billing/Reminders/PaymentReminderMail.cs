using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;
using Onboarding.Workflows.Billing.Overdue;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Billing.Reminders;

/// <summary>
/// Who an onboarding's payment reminders go to: the client's billing contact, else the first contact with an e-mail
/// address (<see cref="IsFallback"/>: the section says so), else nobody (<see cref="To"/> null: reminders are skipped).
/// </summary>
public sealed record ReminderRecipient(ClientRecipient? To, bool IsFallback)
{
    /// <summary>"Dana Kim <dana@client.com> (billing contact)" or why there is nobody.</summary>
    public string Describe() => To is null
        ? "Nobody: the client has no contact with an e-mail address, so reminders are skipped. Add one on the client's page."
        : $"{To.Name} <{To.Email}>" + (IsFallback ? $" ({To.Role.DisplayName().ToLowerInvariant()}: the client has no billing contact with an e-mail address)" : " (billing contact)");
}

/// <summary>
/// The payment reminder e-mail in one place: its recipient and its merge fields. Queued in the caller's unit of work
/// through <see cref="EmailComposer"/>, so it is sent only if the reminder's bookkeeping is saved with it.
/// </summary>
public sealed class PaymentReminderMail(EmailComposer composer, WorkflowOptions workflow)
{
    public static async Task<ReminderRecipient> RecipientAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var contacts = await ClientRecipients.OfOnboardingAsync(db, onboardingId, ct);
        var billing = contacts.FirstOrDefault(c => c.Role == ContactRole.BillingContact);
        return billing is not null ? new(billing, false) : new(contacts.FirstOrDefault(), contacts.Count > 0);
    }

    public async Task<OutboxMessage> QueueAsync(OnboardingDbContext db, Invoice invoice, ClientRecipient to, DateOnly today, string by, CancellationToken ct)
    {
        var parties = await QuestionnaireMail.PartiesAsync(db, invoice.OnboardingId, ct);
        var methods = await db.BillingTerms.AsNoTracking().Where(t => t.OnboardingId == invoice.OnboardingId).Select(t => t.PaymentMethods).SingleOrDefaultAsync(ct);
        var fields = new Dictionary<string, string>
        {
            ["ClientFirstName"] = to.Greeting,
            ["ClientName"] = parties.ClientName,
            ["FirmName"] = workflow.FirmName,
            ["InvoiceNumber"] = invoice.Number ?? "",
            ["AmountDue"] = Domain.Common.Money.Format(invoice.Balance, invoice.Currency),
            ["DueDate"] = invoice.DueOn?.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) ?? "",
            ["DaysOverdue"] = BillingWords.Days(InvoiceStatuses.DaysOverdue(invoice, today)),
            ["PaymentMethods"] = BillingWords.MethodsInWords(methods),
            ["AccountManagerName"] = parties.AccountManager.Name,
            ["AccountManagerEmail"] = parties.AccountManager.Address,
        };
        return await composer.QueueAsync(db, DefaultEmailTemplates.PaymentReminder, new EmailAddress(to.Email, to.Name), fields, invoice.OnboardingId, by,
            QuestionnaireMail.ReplyTo(parties), ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Reminders;
using Onboarding.Workflows.Mail;

namespace Onboarding.Web.Billing;

/// <summary>What an invoice PDF prints: the invoice with its lines, the client, who it is addressed to, the terms, and the invoice a late fee is for.</summary>
public sealed record InvoicePrint(Invoice Invoice, string ClientName, ClientRecipient? Attention, BillingTerms? Terms, string? LateFeeForNumber);

/// <summary>Loads an invoice for printing, for those who may see the onboarding's invoices (null otherwise, or when there is no such invoice).</summary>
public static class InvoicePrints
{
    public static async Task<InvoicePrint?> ForAsync(IDbContextFactory<OnboardingDbContext> databases, Guid invoiceId, BillingActor actor, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (invoice is null || !await BillingAccess.CanViewAsync(db, invoice.OnboardingId, actor, ct)) return null;
        invoice.Lines = [.. invoice.Lines.OrderBy(l => l.Position)];
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == invoice.ClientId).Select(c => c.CompanyName).SingleOrDefaultAsync(ct) ?? "";
        var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == invoice.OnboardingId, ct);
        var lateFeeFor = invoice.LateFeeForInvoiceId is { } forId
            ? await db.Invoices.AsNoTracking().Where(i => i.Id == forId).Select(i => i.Number).SingleOrDefaultAsync(ct)
            : null;
        var attention = (await PaymentReminderMail.RecipientAsync(db, invoice.OnboardingId, ct)).To;
        return new InvoicePrint(invoice, client, attention, terms, lateFeeFor);
    }
}

using System.Globalization;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Web.Documents;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Overdue;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Web.Billing;

/// <summary>
/// An invoice as the client receives it: the firm, "Invoice INV-000012", who it is billed to, issue and due dates, the
/// lines, total, paid and balance due, then how to pay (net days, accepted methods) and the late-fee terms in words.
/// Dates are the firm's days. A void, paid or draft invoice carries that mark at the top, so a printout is never mistaken for a bill to pay.
/// </summary>
public static class InvoiceDocument
{
    public static DocumentSpec Build(InvoicePrint print, FirmBranding firm, QuestionnaireMail dates)
    {
        var invoice = print.Invoice;
        var currency = invoice.Currency;
        var name = invoice.Number is { } number ? $"Invoice {number}" : "Draft invoice";
        return Document.Create($"{name} · {print.ClientName}", d =>
        {
            d.Header(firm, $"{print.ClientName} · {name}")
                .Footer($"{name} · {firm.FirmName} to {print.ClientName}")
                .Heading(1, name);
            if (Mark(print, dates) is { } mark) d.Callout(mark.Title, mark.Text);
            d.Fields([.. Parties(print, firm)]);
            d.Table(t =>
            {
                t.Column("Description", 5).Column("Qty", 1, CellAlign.Right).Column($"Unit price ({currency})", 2, CellAlign.Right).Column($"Amount ({currency})", 2, CellAlign.Right);
                foreach (var line in invoice.Lines) t.Row(line.Description, Quantity(line.Quantity), Amount(line.UnitPrice, currency), Amount(line.Amount, currency));
                t.Total("Total", "", "", Amount(invoice.Total, currency));
            });
            d.Fields(("Total", Money.Format(invoice.Total, currency)), ("Paid", Money.Format(invoice.AmountPaid, currency)),
                    ("Balance due", Money.Format(Math.Max(0, invoice.Balance), currency)))
                .Heading(2, "Payment")
                .Fields(
                    ("Payment terms", BillingWords.PaymentTerms(print.Terms?.PaymentTermDays ?? InvoiceIssuer.DefaultPaymentTermDays)),
                    ("Accepted methods", Capitalized(BillingWords.MethodsInWords(print.Terms?.PaymentMethods)) + "."),
                    ("Late fees", BillingWords.LateFeeTerms(print.Terms)))
                .Paragraph($"Please quote {invoice.Number ?? "the invoice number"} with your payment.", TextTone.Muted);
        });
    }

    /// <summary>VOID, PAID or DRAFT with what it means; null for an invoice awaiting payment.</summary>
    public static (string Title, string Text)? Mark(InvoicePrint print, QuestionnaireMail dates) => print.Invoice.Status switch
    {
        InvoiceStatus.Void => ("VOID", $"This invoice was cancelled{(print.Invoice.VoidedAtUtc is { } at ? $" on {Day(dates.LocalDate(at))}" : "")} and is not to be paid."
                                       + (string.IsNullOrWhiteSpace(print.Invoice.VoidReason) ? "" : $" Reason: {print.Invoice.VoidReason}")),
        InvoiceStatus.Paid => ("PAID", "Paid in full. Thank you."),
        InvoiceStatus.Draft => ("DRAFT", "Not issued yet: it has no number and is not to be paid."),
        _ => null,
    };

    private static IEnumerable<(string, string)> Parties(InvoicePrint print, FirmBranding firm)
    {
        var invoice = print.Invoice;
        yield return ("From", firm.FirmName);
        yield return ("Billed to", print.ClientName);
        if (print.Attention is { } to) yield return ("Attention", $"{to.Name} <{to.Email}>");
        yield return ("Invoice number", invoice.Number ?? "Given when issued");
        yield return ("For", invoice.Title);
        if (print.LateFeeForNumber is { } original) yield return ("Late fee on", $"Invoice {original}");
        yield return ("Issued on", Day(invoice.IssuedOn) ?? "Not issued yet");
        yield return ("Due on", Day(invoice.DueOn) ?? "Set when issued");
    }

    private static string? Day(DateOnly? day) => day?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Quantity(decimal quantity) => quantity.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Amount(decimal amount, string currency) =>
        Money.Round(amount, currency).ToString("N" + Money.MinorUnits(currency), CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

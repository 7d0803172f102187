using Onboarding.Domain.Billing;
using Onboarding.Domain.Clients;
using Onboarding.Tests.Documents;
using Onboarding.Web.Billing;
using Onboarding.Web.Documents;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Billing.InvoicePdf;

/// <summary>The invoice PDF read back with PdfPig: its number, parties, lines, totals and terms, and the VOID / PAID / DRAFT marks.</summary>
public sealed class InvoicePdfTests
{
    private static readonly FirmBranding Firm = new("Northwind Digital", null);
    private static readonly QuestionnaireMail Dates = new(new WorkflowOptions { TimeZone = "Asia/Seoul" }, new PublicUrls(null));
    private const string KoreanClient = "서울 블룸 코스메틱";

    internal static InvoicePrint Print(InvoiceStatus status = InvoiceStatus.PartiallyPaid, string? number = "INV-000012", string client = KoreanClient)
    {
        var invoice = new Invoice
        {
            Number = number, Title = "Website redesign: milestone 1", Status = status, Currency = "USD", Kind = InvoiceKind.Milestone,
            IssuedOn = number is null ? null : new DateOnly(2026, 11, 30), DueOn = number is null ? null : new DateOnly(2026, 12, 30),
        };
        invoice.AddLine("Design of five page templates", 1, 3000);
        invoice.AddLine("Content migration", 12.5m, 80);
        invoice.AmountPaid = status == InvoiceStatus.Paid ? invoice.Total : 1000;
        var terms = new BillingTerms
        {
            Currency = "USD", PaymentTermDays = 30, PaymentMethods = "BankTransfer,Card", LateFeeKind = LateFeeKind.PercentPerMonth, LateFeeValue = 1.5m, LateFeeGraceDays = 10,
        };
        return new InvoicePrint(invoice, client, new ClientRecipient(1, "김지우", "billing@seoulbloom.kr", ContactRole.BillingContact, "지우"), terms, null);
    }

    [Fact]
    public void Pdf_PrintsNumberPartiesLinesTotalsAndTerms_WithTheKoreanClientNameExact()
    {
        using var pdf = PdfReadBack.Render(InvoiceDocument.Build(Print(), Firm, Dates));

        var lines = pdf.BodyLines.ToList();
        lines[0].ShouldBe("Invoice INV-000012");
        // Label and value (and table cells) are read back without a space between them.
        lines.ShouldContain($"Billed to{KoreanClient}");
        lines.ShouldContain("Attention김지우 <billing@seoulbloom.kr>");
        lines.ShouldContain("Issued on30 November 2026");
        lines.ShouldContain("Due on30 December 2026");
        var table = lines.IndexOf("DescriptionQtyUnit price (USD)Amount (USD)");
        lines.Skip(table + 1).Take(3).ShouldBe(["Design of five page templates13,000.003,000.00", "Content migration12.580.001,000.00", "Total4,000.00"]);
        lines.ShouldContain("PaidUSD 1,000.00");
        lines.ShouldContain("Balance dueUSD 3,000.00");
        lines.ShouldContain("Payment termsNet 30: due 30 days after the invoice date.");
        lines.ShouldContain("Accepted methodsBank transfer or card.");
        pdf.BodyText.ShouldContain("1.5% of the unpaid balance for each started 30 days, after 10 grace days past the due date (simple interest, not compounded).");
        lines.ShouldNotContain("PAID");
        pdf.Pages[0].Header.ShouldContain($"{KoreanClient} · Invoice INV-000012");
        pdf.Information.Title.ShouldBe($"Invoice INV-000012 · {KoreanClient}");
    }

    [Theory]
    [InlineData(InvoiceStatus.Paid, "INV-000012", "PAID", "Paid in full. Thank you.")]
    [InlineData(InvoiceStatus.Void, "INV-000012", "VOID", "This invoice was cancelled on 3 January 2027 and is not to be paid. Reason: Issued twice")]
    [InlineData(InvoiceStatus.Draft, null, "DRAFT", "Not issued yet: it has no number and is not to be paid.")]
    public void Pdf_PaidVoidOrDraft_IsMarkedSoAtTheTop(InvoiceStatus status, string? number, string mark, string meaning)
    {
        var print = Print(status, number);
        print.Invoice.VoidedAtUtc = new DateTime(2027, 1, 2, 16, 0, 0, DateTimeKind.Utc); // 3 January in Seoul
        print.Invoice.VoidReason = "Issued twice";

        using var pdf = PdfReadBack.Render(InvoiceDocument.Build(print, Firm, Dates));

        var lines = pdf.BodyLines.ToList();
        lines[0].ShouldBe(number is null ? "Draft invoice" : $"Invoice {number}");
        lines[1].ShouldBe(mark);
        pdf.BodyText.ShouldContain(meaning);
        if (number is null) lines.ShouldContain("Invoice numberGiven when issued");
    }
}

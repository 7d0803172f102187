using System.Globalization;
using Onboarding.Domain.Common;
using Onboarding.Web.Documents;
using Onboarding.Workflows.Billing.Statements;

namespace Onboarding.Web.Finance;

/// <summary>A client's statement of account as a PDF: one table per currency, opening and closing balances, unapplied credit.</summary>
public static class StatementDocument
{
    public static DocumentSpec Build(ClientStatement statement, FirmBranding firm) =>
        Document.Create($"Statement {statement.ClientName}", d =>
        {
            d.Header(firm, $"{statement.ClientName} · statement")
                .Footer($"Statement of account · {statement.ClientName} · {Day(statement.From)} – {Day(statement.To)}")
                .Heading(1, "Statement of account")
                .Fields(("Client", statement.ClientName), ("Period", $"{Day(statement.From)} – {Day(statement.To)}"), ("Printed", Day(statement.Today)));
            if (statement.IsEmpty) d.Paragraph($"Nothing was invoiced or received up to {Day(statement.To)}.", TextTone.Muted);
            foreach (var section in statement.Sections) Section(d, section, statement);
        });

    private static void Section(Document d, StatementSection section, ClientStatement statement)
    {
        string Amount(decimal amount) => Money.Format(amount, section.Currency)[4..];
        d.Heading(2, section.Currency).Table(t =>
        {
            // Weights that keep a date, an invoice number and "USD 12,345.00" on one line each on A4.
            t.Column("Date", 2.4f).Column("Reference", 2.8f).Column("Description", 4).Column("Due", 2.4f)
                .Column("Charges", 2.4f, CellAlign.Right).Column("Payments", 2.4f, CellAlign.Right).Column("Balance", 3, CellAlign.Right)
                .Row(Day(statement.From), "", "Opening balance", "", "", "", Amount(section.Opening));
            foreach (var line in section.Lines)
            {
                t.Row(Day(line.Date), line.Reference, line.Description, line.DueOn is { } due ? Day(due) : "",
                    line.Charge == 0 ? "" : Amount(line.Charge), line.Payment == 0 ? "" : Amount(line.Payment), Amount(line.Balance));
            }
            t.Total(Day(statement.To), "", section.Closing < 0 ? "Closing balance (in credit)" : "Closing balance", "",
                Amount(section.Invoiced), Amount(section.Received), Money.Format(section.Closing, section.Currency));
        });
        if (section.UnappliedCredit > 0)
            d.Paragraph($"Unapplied credit at {Day(statement.To)}: {Money.Format(section.UnappliedCredit, section.Currency)}.", TextTone.Muted);
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}

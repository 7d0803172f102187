using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>
/// The filtered invoice list as CSV for finance's spreadsheets: RFC 4180 (comma, CRLF, quotes doubled inside quoted cells),
/// invariant culture, amounts with the currency's minor units (JPY none), ISO dates, UTF-8 with a byte order mark so Excel
/// reads accents and CJK names. Text that a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading
/// apostrophe; the amounts we format ourselves are never guarded, so they stay numbers.
/// </summary>
public sealed class InvoiceCsv(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public static IReadOnlyList<string> Header { get; } =
        ["Number", "Status", "Kind", "Client", "Account manager", "Title", "Currency", "Issued on", "Due on", "Total", "Paid", "Balance", "Days past due"];

    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>"invoices-2026-11-24.csv".</summary>
    public string FileName() => $"invoices-{firm.Today():yyyy-MM-dd}.csv";

    /// <summary>Writes every invoice the filter lists (all pages, in its order) to <paramref name="output"/>, streaming from the database.</summary>
    public async Task WriteAsync(Stream output, FinanceFilter filter, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "export invoices");
        filter.Validate();
        var today = firm.Today();
        await using var db = await databases.CreateDbContextAsync(ct);
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(Header));
        var rows = FinanceInvoices.All(db).ForList(filter).Sorted(filter).Rows().AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) await writer.WriteLineAsync(Line(Cells(row, today)));
        await writer.FlushAsync(ct);
    }

    public static IReadOnlyList<string> Cells(InvoiceRow row, DateOnly today)
    {
        var open = row.Status is Domain.Billing.InvoiceStatus.Issued or Domain.Billing.InvoiceStatus.PartiallyPaid or Domain.Billing.InvoiceStatus.Overdue;
        var late = open && row.DueOn is { } due ? Math.Max(0, Receivables.DaysPastDue(due, today)).ToString(CultureInfo.InvariantCulture) : "";
        return
        [
            Text(row.Number ?? ""), row.Status.ToString(), row.Kind.ToString(), Text(row.ClientName), Text(row.AccountManager), Text(row.Title),
            row.Currency, Date(row.IssuedOn), Date(row.DueOn), Amount(row.Total, row.Currency), Amount(row.AmountPaid, row.Currency),
            Amount(row.Balance, row.Currency), late,
        ];
    }

    /// <summary>One CSV record (without its CRLF): each cell quoted when it holds a comma, a quote, CR or LF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Quote));

    /// <summary>The amount rounded to the currency's minor units with exactly that many decimals: "1234.50", JPY "150000".</summary>
    public static string Amount(decimal amount, string currency) =>
        Money.Round(amount, currency).ToString("F" + Money.MinorUnits(currency), CultureInfo.InvariantCulture);

    /// <summary>Text a spreadsheet would take for a formula gets an apostrophe first (CSV injection).</summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}

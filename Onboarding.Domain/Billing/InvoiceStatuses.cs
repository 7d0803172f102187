namespace Onboarding.Domain.Billing;

/// <summary>
/// The one rule for an issued invoice's status: paid when nothing is left, overdue when its due date has passed with a
/// balance, partially paid when something was paid, else issued. Drafts and void invoices keep their status.
/// </summary>
public static class InvoiceStatuses
{
    /// <summary>The status <paramref name="invoice"/> should have on the firm's day <paramref name="today"/>.</summary>
    public static InvoiceStatus For(Invoice invoice, DateOnly today) => invoice.Status switch
    {
        InvoiceStatus.Draft or InvoiceStatus.Void => invoice.Status,
        _ when invoice.Balance <= 0 => InvoiceStatus.Paid,
        _ when invoice.DueOn is { } due && today > due => InvoiceStatus.Overdue,
        _ when invoice.AmountPaid > 0 => InvoiceStatus.PartiallyPaid,
        _ => InvoiceStatus.Issued,
    };

    /// <summary>Sets the status from the rule; true when it changed.</summary>
    public static bool Refresh(Invoice invoice, DateOnly today)
    {
        var status = For(invoice, today);
        if (status == invoice.Status) return false;
        invoice.Status = status;
        return true;
    }

    /// <summary>Days past due on <paramref name="today"/> (0 when not due yet or not issued).</summary>
    public static int DaysOverdue(Invoice invoice, DateOnly today) =>
        invoice.DueOn is { } due && today > due ? today.DayNumber - due.DayNumber : 0;
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>The onboarding's issued deposit invoice as a wait shows it: what is left to pay and by when.</summary>
public sealed record DepositDue(string? Number, decimal Balance, string Currency, DateOnly? DueOn, InvoiceStatus Status);

/// <summary>
/// How "the workflow waits for the deposit" reads everywhere (board card, stepper, page header): "Waiting for deposit ·
/// USD 7,200.00 due 30 Dec", or "· no deposit invoice yet" before finance issued it.
/// </summary>
public static class DepositWait
{
    public const string Title = "Waiting for deposit";

    public static string Text(DepositDue? deposit) => deposit switch
    {
        null => $"{Title} · no deposit invoice yet",
        { Status: InvoiceStatus.Paid } => $"{Title} · {deposit.Number} is paid; move the onboarding on from the Billing tab",
        { Status: InvoiceStatus.Overdue, DueOn: { } due } => $"{Title} · {Money.Format(deposit.Balance, deposit.Currency)} overdue since {due:d MMM}",
        { DueOn: { } due } => $"{Title} · {Money.Format(deposit.Balance, deposit.Currency)} due {due:d MMM}",
        _ => $"{Title} · {Money.Format(deposit.Balance, deposit.Currency)} due",
    };

    /// <summary>The issued (not void) deposit invoice of each of <paramref name="onboardingIds"/>, in one query.</summary>
    public static async Task<Dictionary<Guid, DepositDue>> ForAsync(OnboardingDbContext db, IQueryable<Guid> onboardingIds, CancellationToken ct)
    {
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Deposit && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Void && onboardingIds.Contains(i.OnboardingId))
            .Select(i => new { i.OnboardingId, i.Number, i.Total, i.AmountPaid, i.Currency, i.DueOn, i.Status, i.IssuedAtUtc })
            .ToListAsync(ct);
        // One deposit per onboarding in the schedule; should finance have issued another by hand, the latest speaks.
        return rows.GroupBy(r => r.OnboardingId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.IssuedAtUtc).Select(r =>
            new DepositDue(r.Number, r.Total - r.AmountPaid, r.Currency, r.DueOn, r.Status)).First());
    }
}

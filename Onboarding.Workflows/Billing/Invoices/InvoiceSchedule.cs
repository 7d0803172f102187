using System.Globalization;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Terms;

namespace Onboarding.Workflows.Billing.Invoices;

public sealed record PlannedLine(string Description, decimal Quantity, decimal UnitPrice);

/// <summary>An invoice the terms call for, keyed by <see cref="Key"/> (the invoice's ScheduleKey).</summary>
public sealed record PlannedInvoice(string Key, InvoiceKind Kind, string Title, DateOnly? ScheduledOn, string? MilestoneStage, IReadOnlyList<PlannedLine> Lines)
{
    public decimal Total(string currency) => Lines.Sum(l => Money.Round(l.Quantity * l.UnitPrice, currency));
}

/// <summary>A scheduled invoice that exists already: its key and status.</summary>
public sealed record ScheduledInvoice(string Key, InvoiceStatus Status);

/// <summary>
/// The invoice schedule of billing terms, pure: the deposit (issued at once), one retainer invoice a month on the same day
/// (a 31st falls to the month's last day), one invoice per fixed-fee milestone when the workflow reaches its stage.
/// Keys already taken by an issued or void invoice are left out: those are never replanned.
/// </summary>
public static class InvoiceSchedule
{
    public const string DepositKey = "deposit";

    public static string RetainerKey(DateOnly on) => $"retainer:{on:yyyy-MM}";

    public static string MilestoneKey(int number) => $"milestone:{number}";

    /// <param name="startDate">The onboarding's start: the first retainer day when the terms name none.</param>
    public static IReadOnlyList<PlannedInvoice> Plan(BillingTerms terms, DateOnly startDate, IEnumerable<ScheduledInvoice> existing)
    {
        var settled = existing.Where(e => e.Status != InvoiceStatus.Draft).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return All(terms, startDate).Where(p => !settled.Contains(p.Key)).ToList();
    }

    private static IEnumerable<PlannedInvoice> All(BillingTerms terms, DateOnly startDate)
    {
        var deposit = BillingTermsRules.DepositAmount(terms);
        if (deposit > 0)
        {
            var title = terms.DepositKind == DepositKind.Percentage
                ? $"Deposit: {BillingTermsRules.Percent(terms.DepositValue)} of {Money.Format(BillingTermsRules.ValueOf(terms), terms.Currency)}"
                : "Deposit";
            yield return new PlannedInvoice(DepositKey, InvoiceKind.Deposit, title, null, null, [new PlannedLine(title, 1, deposit)]);
        }
        var more = terms.Model switch
        {
            BillingModel.MonthlyRetainer => Retainer(terms, startDate),
            BillingModel.FixedFee => Milestones(terms, deposit),
            _ => [],
        };
        foreach (var planned in more) yield return planned;
    }

    private static IEnumerable<PlannedInvoice> Retainer(BillingTerms terms, DateOnly startDate)
    {
        var first = terms.FirstRetainerOn ?? startDate;
        for (var i = 0; i < terms.RetainerMonths; i++)
        {
            // From the first day each time (not month by month), so a 31st stays the 31st where the month has one.
            var on = first.AddMonths(i);
            var month = on.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            yield return new PlannedInvoice(RetainerKey(on), InvoiceKind.Retainer, $"Retainer: {month}", on, null,
                [new PlannedLine($"Monthly retainer, {month} (month {i + 1} of {terms.RetainerMonths})", 1, Money.Round(terms.MonthlyFee, terms.Currency))]);
        }
    }

    private static IEnumerable<PlannedInvoice> Milestones(BillingTerms terms, decimal deposit)
    {
        var milestones = BillingMilestone.Read(terms.MilestonesJson);
        var value = terms.ContractValue;
        var billed = deposit;
        for (var i = 0; i < milestones.Count; i++)
        {
            var m = milestones[i];
            // The last milestone takes what is left, so the deposit and the milestones add up to the contract value to the cent.
            var amount = i == milestones.Count - 1 ? value - billed : Money.Round(value * m.Percent / 100m, terms.Currency);
            billed += amount;
            var line = $"{m.Name}: {BillingTermsRules.Percent(m.Percent)} of {Money.Format(value, terms.Currency)}";
            yield return new PlannedInvoice(MilestoneKey(i + 1), InvoiceKind.Milestone, $"Milestone {i + 1}: {m.Name}", null, m.Stage, [new PlannedLine(line, 1, amount)]);
        }
    }
}

using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Payments;

namespace Onboarding.Web.Onboardings.Billing;

/// <summary>What the snackbar says after a payment action.</summary>
public static class PaymentMessages
{
    public static string Recorded(RecordedPayment p) =>
        (p.InvoiceNumber is null
            ? $"{Money.Format(p.Credit, p.Currency)} recorded as credit."
            : $"{Money.Format(p.Allocated, p.Currency)} recorded on {p.InvoiceNumber}" + (p.Credit > 0 ? $"; {Money.Format(p.Credit, p.Currency)} kept as credit." : "."))
        + Deposit(p.DepositPaid, p.FollowUpPassed);

    public static string Applied(AppliedCredit a) =>
        $"{Money.Format(a.Applied, a.Currency)} of credit applied to {a.InvoiceNumber}"
        + (a.BalanceLeft > 0 ? $"; {Money.Format(a.BalanceLeft, a.Currency)} left to pay." : "; it is paid.")
        + Deposit(a.DepositPaid, a.FollowUpPassed);

    private static string Deposit(bool paid, bool passed) => !paid ? ""
        : passed ? " The deposit is paid: the onboarding moves on."
        : " The deposit is paid, but the onboarding did not move on; the timeline says why.";
}

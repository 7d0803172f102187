using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>What someone can do to a change request.</summary>
public enum ChangeRequestAction { Edit, Submit, Delete, SendForApproval, Withdraw, Resend, Decide, MarkBilled }

/// <summary>
/// The change request's life: Draft → Submitted → Awaiting client approval → Approved or Rejected → Billed (approved
/// billable ones). Withdrawing goes back from awaiting approval to Submitted. Every action is checked here, and a
/// refusal says what the change request is now and what to do instead.
/// </summary>
public static class ChangeRequestTransitions
{
    public static bool Allows(ChangeRequest change, ChangeRequestAction action) => action switch
    {
        ChangeRequestAction.Edit => change.IsEditable,
        ChangeRequestAction.Submit or ChangeRequestAction.Delete => change.Status == ChangeRequestStatus.Draft,
        ChangeRequestAction.SendForApproval => change.Status == ChangeRequestStatus.Submitted,
        ChangeRequestAction.Withdraw or ChangeRequestAction.Resend or ChangeRequestAction.Decide => change.Status == ChangeRequestStatus.AwaitingClientApproval,
        ChangeRequestAction.MarkBilled => change.Status == ChangeRequestStatus.Approved && IsBillable(change),
        _ => false,
    };

    /// <summary>Approved, it becomes an invoice line: billable and with a cost.</summary>
    public static bool IsBillable(ChangeRequest change) => change.Billable && !change.WithinScope && change.ImpactCost > 0;

    public static void Ensure(ChangeRequest change, ChangeRequestAction action)
    {
        if (!Allows(change, action)) throw new DomainException(Refusal(change, action));
    }

    private static string Refusal(ChangeRequest change, ChangeRequestAction action)
    {
        var now = $"{change.Reference} is {ChangeRequestStatuses.Describe(change.Status).ToLowerInvariant()}";
        var decided = change.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Rejected or ChangeRequestStatus.Billed;
        return action switch
        {
            ChangeRequestAction.Edit when change.Status == ChangeRequestStatus.AwaitingClientApproval =>
                $"{now}: withdraw it first (the client's link stops working), then edit it and send it again.",
            ChangeRequestAction.Edit => $"{now} and can no longer be changed; raise a new change request for anything further.",
            ChangeRequestAction.Submit when change.Status == ChangeRequestStatus.Submitted => $"{change.Reference} is already submitted.",
            ChangeRequestAction.Submit => $"{now}: only a draft can be submitted.",
            ChangeRequestAction.Delete => $"{now}: only drafts can be deleted. Once submitted, a change request stays on the log.",
            ChangeRequestAction.SendForApproval when change.Status == ChangeRequestStatus.Draft => $"{now}: submit it first, then send it for approval.",
            ChangeRequestAction.SendForApproval when change.Status == ChangeRequestStatus.AwaitingClientApproval =>
                $"{now} already; use Re-send to e-mail a fresh link.",
            ChangeRequestAction.SendForApproval => $"{now}: it was already decided and cannot be sent again.",
            ChangeRequestAction.Withdraw or ChangeRequestAction.Resend when decided => $"{now}: the client already decided, so there is nothing to {Verb(action)}.",
            ChangeRequestAction.Withdraw or ChangeRequestAction.Resend => $"{now}: it is not waiting for the client, so there is nothing to {Verb(action)}.",
            ChangeRequestAction.Decide when decided => $"{now} already{DecidedBy(change)}.",
            ChangeRequestAction.Decide => $"{change.Reference} is not waiting for your approval any more. Please ask us for the current version.",
            ChangeRequestAction.MarkBilled when change.Status == ChangeRequestStatus.Billed => $"{now} already{BilledBy(change)}.",
            ChangeRequestAction.MarkBilled when change.Status == ChangeRequestStatus.Approved =>
                $"{change.Reference} is not billable (within the scope, marked not billable, or without a cost), so there is nothing to bill.",
            ChangeRequestAction.MarkBilled => $"{now}: only approved billable change requests are billed.",
            _ => $"{now}.",
        };
    }

    private static string Verb(ChangeRequestAction action) => action == ChangeRequestAction.Withdraw ? "withdraw" : "re-send";

    private static string DecidedBy(ChangeRequest change) => change.DecidedByName is null ? "" : $" by {change.DecidedByName}";

    private static string BilledBy(ChangeRequest change) => change.BilledBy is null ? "" : $" by {change.BilledBy}";
}

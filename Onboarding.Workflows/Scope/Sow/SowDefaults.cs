namespace Onboarding.Workflows.Scope.Sow;

/// <summary>
/// The wording a new statement of work starts from, written so the account manager edits rather than writes from nothing:
/// the assumptions most scope disputes come from, the change process, the payment terms and what approving means.
/// </summary>
public static class SowDefaults
{
    /// <summary>What the editor offers to add under "Not included" with one click.</summary>
    public static IReadOnlyList<string> ExclusionSuggestions { get; } =
    [
        "Paid media spend",
        "Content beyond the deliverables listed",
        "Work on platforms not listed above",
        "Translation",
        "Stock photography licences",
        "Third-party software and subscription fees",
    ];

    public static IReadOnlyList<string> Assumptions(string client) =>
    [
        $"{client} gives feedback on each deliverable within 3 business days; later feedback moves the timeline by as much.",
        $"{client} grants the access the team needs to the platforms listed, and keeps it working.",
        $"One named contact at {client} approves work on the client's behalf.",
        "Each deliverable includes up to two rounds of revisions.",
    ];

    public const string ChangeProcess =
        "Every change to this scope goes through a written change request: what is asked, why, and its impact on hours, cost and timeline. " +
        "Work on a change starts only after the change request is approved in writing. A change agreed on a call is written down as a change request before any work on it starts.";

    /// <summary>Until billing terms are set per client (issue 9): the hourly fees in the SOW's currency, monthly, 14 days.</summary>
    public static string PaymentTerms(string currency) =>
        $"Fees are invoiced in {currency} at the hourly rate above, monthly in arrears for the hours delivered, and are due within 14 days of the invoice date. " +
        "Approved change requests are invoiced the same way.";

    public static string Acceptance(string client) =>
        $"By approving, you confirm on behalf of {client} that this statement of work describes the agreed scope, including what is not included, " +
        "and that any change to it will follow the change process above.";

    public static string Summary(string firm, string client) =>
        $"{firm} works with {client} to reach the goals below by delivering the work listed under Deliverables, within the hours budgeted. " +
        "Anything not listed is out of scope and goes through a change request.";
}

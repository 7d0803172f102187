namespace Onboarding.Workflows.Messages;

/// <summary>
/// The messages the product itself delivers to a waiting playbook (a payment recorded, a client
/// form submitted, an approval given). A message catch event must name one of these to be published.
/// </summary>
public static class KnownMessages
{
    /// <summary>Finance recorded the deposit payment: the work may start.</summary>
    public const string DepositPaid = "DepositPaid";

    /// <summary>The client submitted the onboarding questionnaire from their link.</summary>
    public const string QuestionnaireSubmitted = "QuestionnaireSubmitted";

    /// <summary>The client approved the statement of work from their link.</summary>
    public const string ScopeApproved = "ScopeApproved";

    /// <summary>The client approved a change request from their link.</summary>
    public const string ChangeRequestApproved = "ChangeRequestApproved";

    /// <summary>The e-signature of the contract completed.</summary>
    public const string ContractSigned = "ContractSigned";

    /// <summary>Every known message name (case-sensitive, as written in the BPMN message's name).</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DepositPaid, QuestionnaireSubmitted, ScopeApproved, ChangeRequestApproved, ContractSigned,
    };
}

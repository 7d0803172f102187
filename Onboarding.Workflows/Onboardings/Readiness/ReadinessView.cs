using Onboarding.Domain.Clients;
using Onboarding.Domain.Onboardings;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>A client contact as the readiness tab lists it; the signer is flagged because the key contacts gate does not count them.</summary>
public sealed record KeyContact(int Id, string Name, ContactRole Role, string? JobTitle, string Email, string? Phone)
{
    public bool IsSigner => Role == ContactRole.ContractSigner;
}

/// <summary>
/// What the readiness tab shows: the records the playbook's gates check, the client's contacts, and the
/// evidence the gates read, so each section says whether its check is met.
/// </summary>
public sealed record ReadinessView(
    Guid OnboardingId,
    int ClientId,
    string ClientName,
    DateOnly StartDate,
    GateEvidence Evidence,
    IReadOnlyList<SuccessGoal> Goals,
    IReadOnlyList<KeyContact> Contacts,
    CommunicationPlan? CommunicationPlan,
    ReportingPlan? ReportingPlan,
    BrandGuidelines? BrandGuidelines);

namespace Onboarding.Domain.Clients;

/// <summary>
/// What a key contact does for the engagement. Stored as text; never rename a member.
/// </summary>
public enum ContactRole
{
    DecisionMaker,
    ContractSigner,
    MarketingManager,
    Designer,
    Developer,
    BillingContact,
    ProjectManager,
    Other,
}

public static class ContactRoles
{
    public static string DisplayName(this ContactRole role) => role switch
    {
        ContactRole.DecisionMaker => "Decision maker",
        ContactRole.ContractSigner => "Contract signer",
        ContactRole.MarketingManager => "Marketing manager",
        ContactRole.Designer => "Designer",
        ContactRole.Developer => "Developer",
        ContactRole.BillingContact => "Billing contact",
        ContactRole.ProjectManager => "Project manager",
        ContactRole.Other => "Other",
    };
}

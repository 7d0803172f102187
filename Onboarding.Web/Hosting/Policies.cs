using Microsoft.AspNetCore.Authorization;

namespace Onboarding.Web.Hosting;

/// <summary>Authorization policy names. Admin passes every role policy.</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Admin = nameof(Admin);
    public const string ManageClients = nameof(ManageClients);
    public const string OpsLead = nameof(OpsLead);
    public const string Finance = nameof(Finance);
    public const string AccountManager = nameof(AccountManager);

    /// <summary>Starting a client's onboarding: account managers, ops leads (who assign teams) and admins.</summary>
    public const string StartOnboardings = nameof(StartOnboardings);

    /// <summary>The fallback: every endpoint needs a signed-in user unless it allows anonymous access.</summary>
    public static AuthorizationPolicy SignedIn { get; } = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}

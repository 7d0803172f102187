namespace Onboarding.Domain.People;

/// <summary>The staff roles. Names are stored in the database: never rename one.</summary>
public static class Roles
{
    public const string AccountManager = nameof(AccountManager);
    public const string OpsLead = nameof(OpsLead);
    public const string Finance = nameof(Finance);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [AccountManager, OpsLead, Finance, Admin];

    public static string DisplayName(string role) => role switch
    {
        AccountManager => "Account manager",
        OpsLead => "Ops lead",
        Finance => "Finance",
        Admin => "Admin",
        _ => role,
    };
}

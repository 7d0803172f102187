namespace Onboarding.Domain.People;

/// <summary>Staff accounts seeded in Development only, one per role (listed in README.md).</summary>
public static class DemoUsers
{
    public const string Password = "Demo!Pass2026";

    public static IReadOnlyList<(string Email, string DisplayName, string Role)> All { get; } =
    [
        ("am@demo.local", "Alex Morgan", Roles.AccountManager),
        ("ops@demo.local", "Priya Shah", Roles.OpsLead),
        ("finance@demo.local", "Jordan Lee", Roles.Finance),
        ("admin@demo.local", "Sam Rivera", Roles.Admin),
    ];
}

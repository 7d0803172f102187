using Onboarding.Domain.People;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Web.Onboardings;

/// <summary>A playbook that can be started: its latest published version's number.</summary>
public sealed record StartablePlaybook(Guid Id, string Name, int VersionNumber)
{
    public string Label => $"{Name} (v{VersionNumber})";
}

/// <summary>The choices the start dialog offers, from the catalog and the staff list.</summary>
public sealed record StartOptions(IReadOnlyList<StartablePlaybook> Playbooks, IReadOnlyList<StaffMember> Staff)
{
    public static StartOptions From(IEnumerable<PlaybookSummary> playbooks, IEnumerable<StaffMember> staff) => new(
        [.. playbooks.Select(p => (p, Latest: p.Versions.Where(v => v.Status == Domain.Playbooks.PlaybookVersionStatus.Published).MaxBy(v => v.Number)))
            .Where(x => x.Latest is not null).Select(x => new StartablePlaybook(x.p.Id, x.p.Name, x.Latest!.Number))],
        [.. staff.Where(s => s.Status != StaffStatus.Disabled)]);

    /// <summary>Who may be the account manager: account managers and admins.</summary>
    public IEnumerable<StaffMember> AccountManagers => Staff.Where(s => s.Roles.Contains(Roles.AccountManager) || s.IsAdmin);
}

using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Access;

/// <summary>A request for access to one platform for one or more team members of the onboarding.</summary>
public sealed record AccessRequest(PlatformKind Kind, string Platform, IReadOnlyList<string> TeamMemberIds, string? Note);

/// <summary>One person's access to one platform, as the tracker lists it.</summary>
public sealed record AccessRow(
    Guid Id,
    PlatformKind Kind,
    string Platform,
    string TeamMemberId,
    string TeamMemberName,
    AccessStatus Status,
    DateTime RequestedAtUtc,
    string RequestedBy,
    DateTime? GrantedAtUtc,
    string? GrantedBy,
    DateTime? VerifiedAtUtc,
    string? VerifiedBy,
    string? Note,
    Guid ConcurrencyToken);

/// <summary>Someone who may be given access: the account manager or a team member of the onboarding.</summary>
public sealed record AccessTeamMember(string UserId, string Name, string Role);

/// <summary>An onboarding's access rows (by platform, then person) and the people access can be requested for.</summary>
public sealed record AccessOverview(IReadOnlyList<AccessRow> Rows, IReadOnlyList<AccessTeamMember> Team)
{
    public int Verified => Rows.Count(r => r.Status == AccessStatus.Verified);

    public IEnumerable<IGrouping<(PlatformKind Kind, string Platform), AccessRow>> ByPlatform =>
        Rows.GroupBy(r => (r.Kind, r.Platform));
}

/// <summary>What a step did: the work items whose gate it released and that completed by themselves.</summary>
public sealed record AccessOutcome(IReadOnlyList<string> CompletedWorkItems);

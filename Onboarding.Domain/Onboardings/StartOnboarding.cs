namespace Onboarding.Domain.Onboardings;

/// <summary>What a person asks for when starting a client's onboarding; checked by <see cref="OnboardingRules"/>.</summary>
/// <param name="PlaybookId">The playbook; its latest published version is started.</param>
public sealed record StartOnboarding(int ClientId, Guid PlaybookId, DateOnly? StartDate, string? AccountManagerId, IReadOnlyList<TeamAssignment> Team);

/// <summary>A staff user on the team in a role (a name from <see cref="People.Roles"/>).</summary>
public sealed record TeamAssignment(string? UserId, string? Role);

/// <summary>What the rules need to know about a staff user named in a request.</summary>
public sealed record StaffFacts(string Id, string Label, bool IsDisabled, IReadOnlyCollection<string> Roles);

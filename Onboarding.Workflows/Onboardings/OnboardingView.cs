namespace Onboarding.Workflows.Onboardings;

/// <summary>An onboarding's facts for headers and the client page.</summary>
public sealed record OnboardingSummary(
    Guid Id, int ClientId, string ClientName, string PlaybookName, int VersionNumber, DateOnly StartDate,
    string AccountManager, DateTime StartedAtUtc, string StartedBy, Guid InstanceId, string Status, IReadOnlyList<string> CurrentStages);

/// <summary>A team member as shown on the onboarding page.</summary>
public sealed record TeamMemberView(string Name, string Role);

/// <summary>An open work item with its assignee's name.</summary>
public sealed record OpenWorkItem(Guid Id, string Title, string? Stage, string? Role, string? Assignee, DateTime? DueAtUtc);

/// <summary>Everything the onboarding page shows.</summary>
public sealed record OnboardingView(OnboardingSummary Summary, IReadOnlyList<TeamMemberView> Team, IReadOnlyList<StageStep> Stages, IReadOnlyList<OpenWorkItem> OpenWorkItems);

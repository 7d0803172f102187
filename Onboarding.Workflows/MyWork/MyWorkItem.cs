namespace Onboarding.Workflows.MyWork;

/// <summary>Whose work "My work" lists: only what is assigned to me, or also what my roles may take.</summary>
public enum MyWorkScope { Mine, MineAndMyRoles }

/// <summary>An open work item on someone's list, with the client and onboarding it moves on.</summary>
/// <param name="AssignedToMe">False when it is listed because it waits for anyone in one of my roles.</param>
public sealed record MyWorkItem(
    Guid Id, string Title, string? Stage, string? StageColour, string? Role, bool AssignedToMe, DateTime? DueAtUtc, bool Overdue,
    Guid OnboardingId, string ClientName);

namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>
/// Which onboardings the board shows. <paramref name="MineUserId"/>: only those where this user is the account manager or on
/// the team; <paramref name="Stage"/>: only those currently in this stage; <paramref name="OverdueOnly"/>: only those with an
/// overdue open work item; <paramref name="VersionId"/>: only those running this playbook version.
/// </summary>
public sealed record BoardFilter(string? MineUserId = null, string? Stage = null, bool OverdueOnly = false, Guid? VersionId = null)
{
    public bool IsEmpty => MineUserId is null && string.IsNullOrEmpty(Stage) && !OverdueOnly && VersionId is null;
}

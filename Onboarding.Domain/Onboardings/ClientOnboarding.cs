using Onboarding.Domain.Clients;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Domain.Onboardings;

/// <summary>
/// One client's onboarding: the playbook version it runs (its <see cref="WorkflowInstance"/>), the start date,
/// the account manager and the team. Named ClientOnboarding because a type named Onboarding would hide the
/// root namespace of the same name. Its id is the instance's correlation key, so messages find it.
/// </summary>
public sealed class ClientOnboarding
{
    public Guid Id { get; set; }

    public int ClientId { get; set; }

    public Client? Client { get; set; }

    /// <summary>
    /// The client's id while the onboarding runs, else null. Unique, so a client has at most one active
    /// onboarding even when two people start one at the same moment; cleared when a later start finds the
    /// workflow ended (the engine knows nothing of onboardings).
    /// </summary>
    public int? ActiveForClientId { get; set; }

    public Guid WorkflowInstanceId { get; set; }

    public WorkflowInstance? WorkflowInstance { get; set; }

    public Guid PlaybookVersionId { get; set; }

    public PlaybookVersion? PlaybookVersion { get; set; }

    /// <summary>The day work starts for the client (a calendar date, not an instant).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The staff user id of the account manager.</summary>
    public string AccountManagerId { get; set; } = "";

    public List<OnboardingTeamMember> Team { get; set; } = [];

    public DateTime StartedAtUtc { get; set; }

    /// <summary>The user name of who started it.</summary>
    public string StartedBy { get; set; } = "";

    /// <summary>The correlation key of its workflow instance.</summary>
    public string CorrelationKey => Id.ToString();
}

/// <summary>A staff user on an onboarding's team, in one of the staff roles (<see cref="People.Roles"/>).</summary>
public sealed class OnboardingTeamMember : IOnboardingRecord
{
    public int Id { get; set; }

    public Guid OnboardingId { get; set; }

    public string UserId { get; set; } = "";

    public string Role { get; set; } = "";
}

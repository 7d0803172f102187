namespace Onboarding.Domain.Playbooks;

/// <summary>
/// A playbook running for one onboarding: the engine's state as JSON plus the columns the
/// screens query (status, current stages, incident). Guarded by <see cref="ConcurrencyToken"/>:
/// a stimulus applies to the state it read, or not at all.
/// </summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; set; }

    public Guid PlaybookVersionId { get; set; }

    public PlaybookVersion? PlaybookVersion { get; set; }

    /// <summary>What messages are correlated by: the onboarding's id.</summary>
    public string CorrelationKey { get; set; } = "";

    public Guid? ClientId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Running, Completed, Terminated or Cancelled.</summary>
    public string Status { get; set; } = "";

    /// <summary>Stages of the active elements, in playbook order, separated by '|'.</summary>
    public string CurrentStages { get; set; } = "";

    /// <summary>When the first of <see cref="CurrentStages"/> became the first (how long the client has been in their current step).</summary>
    public DateTime? StageEnteredAtUtc { get; set; }

    public bool HasIncident { get; set; }

    public string StateJson { get; set; } = "{}";

    public DateTime StartedAtUtc { get; set; }

    public string StartedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

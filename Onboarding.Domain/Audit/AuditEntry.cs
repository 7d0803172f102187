namespace Onboarding.Domain.Audit;

/// <summary>One line of the audit trail: who did what to which subject, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The user name of the person (or "system") who made the change.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What kind of thing changed, e.g. "Client" or "User".</summary>
    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";

    /// <summary>Short verb phrase, e.g. "Created", "Archived", "Roles changed".</summary>
    public string Action { get; set; } = "";

    /// <summary>Human-readable lines of what changed, one per field ("Website: a → b").</summary>
    public string Details { get; set; } = "";

    /// <summary>A line on an onboarding's trail (its timeline shows them).</summary>
    public static AuditEntry OfOnboarding(Guid onboardingId, string by, DateTime atUtc, string action, string details) => new()
    {
        AtUtc = atUtc, Actor = by, SubjectType = AuditSubjects.Onboarding, SubjectId = onboardingId.ToString(), Action = action, Details = details,
    };
}

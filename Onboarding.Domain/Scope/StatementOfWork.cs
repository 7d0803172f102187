using Onboarding.Domain.Common;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Scope;

/// <summary>
/// One version (v1, v2...) of an onboarding's statement of work. A draft is edited in the app; it is sent to the
/// client through a signed link; the client approves it or asks for changes (name and time recorded). An approved
/// version never changes: a later change is a new version or a change request.
/// </summary>
public sealed class StatementOfWork : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    /// <summary>1, 2, ... per onboarding.</summary>
    public int Version { get; set; }

    public SowStatus Status { get; set; }

    /// <summary>The document's content (<see cref="SowContent"/>) as JSON.</summary>
    public string ContentJson { get; set; } = "{}";

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime? SentAtUtc { get; set; }

    public string? SentBy { get; set; }

    /// <summary>The client contact the approval link went to.</summary>
    public string? SentToName { get; set; }

    public string? SentToEmail { get; set; }

    /// <summary>When the client approved or asked for changes.</summary>
    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>The name the client typed when approving or asking for changes.</summary>
    public string? DecidedByName { get; set; }

    /// <summary>What the client asked to change (when <see cref="SowStatus.ChangesRequested"/>).</summary>
    public string? ChangesRequested { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public string Label => $"v{Version}";

    /// <summary>
    /// Only drafts are edited. A sent version stays as the client saw it: when they ask for changes, the next version is
    /// started from it; an approved version is final (later changes are change requests or a new version).
    /// </summary>
    public bool IsEditable => Status is SowStatus.Draft;

    public SowContent ReadContent() => SowContent.FromJson(ContentJson);

    /// <summary>Replaces the content; refuses a version that is not editable.</summary>
    public void WriteContent(SowContent content)
    {
        if (!IsEditable) throw new DomainException($"SOW {Label} is {SowStatuses.Describe(Status).ToLowerInvariant()} and can no longer be edited. Start a new version instead.");
        ContentJson = content.ToJson();
    }
}

/// <summary>Stored as text; never rename a member.</summary>
public enum SowStatus { Draft, Sent, ChangesRequested, Approved, Superseded }

public static class SowStatuses
{
    public static string Describe(SowStatus status) => status switch
    {
        SowStatus.Draft => "Draft",
        SowStatus.Sent => "Sent for approval",
        SowStatus.ChangesRequested => "Changes requested",
        SowStatus.Approved => "Approved",
        SowStatus.Superseded => "Superseded",
        _ => status.ToString(),
    };
}

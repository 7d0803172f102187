using System.Text.Json;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Scope;

/// <summary>
/// A scope check-in: delivered work recorded against the approved SOW's deliverables, with how the scope stands.
/// The playbook sets the cadence (a cycle timer opens a "Scope check-in" work item); recording one completes it.
/// </summary>
public sealed class ScopeCheckIn : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    /// <summary>The SOW version the work is measured against.</summary>
    public Guid StatementOfWorkId { get; set; }

    public DateOnly HeldOn { get; set; }

    public ScopeHealth Health { get; set; }

    public string Notes { get; set; } = "";

    /// <summary>Per deliverable, what was delivered so far (<see cref="DeliveredWork"/> list as JSON).</summary>
    public string DeliveredJson { get; set; } = "[]";

    public DateTime RecordedAtUtc { get; set; }

    public string RecordedBy { get; set; } = "";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<DeliveredWork> ReadDelivered() => JsonSerializer.Deserialize<List<DeliveredWork>>(DeliveredJson, Json) ?? [];

    public void WriteDelivered(IEnumerable<DeliveredWork> delivered) => DeliveredJson = JsonSerializer.Serialize(delivered.ToList(), Json);
}

/// <summary>
/// Delivered so far on one SOW deliverable (named as in the SOW), or on an approved change request's addendum
/// (<see cref="ChangeRequestId"/> set; <see cref="Deliverable"/> then holds its reference and title, and only hours count).
/// </summary>
public sealed record DeliveredWork(string Deliverable, decimal QuantityDelivered, decimal HoursUsed, Guid? ChangeRequestId = null);

/// <summary>Stored as text; never rename a member.</summary>
public enum ScopeHealth { OnTrack, AtRisk, OverScope }

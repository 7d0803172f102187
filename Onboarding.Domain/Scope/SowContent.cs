using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onboarding.Domain.Scope;

/// <summary>
/// What a statement of work says, section by section. Stored as JSON on <see cref="StatementOfWork"/> so a version
/// is one row and an approved version is frozen whole. Money is in <see cref="Currency"/>; the SOW's value is its
/// hours at <see cref="HourlyRate"/>.
/// </summary>
public sealed record SowContent
{
    public string Title { get; init; } = "Statement of work";

    /// <summary>The engagement in a few sentences: what the client gets and why.</summary>
    public string Summary { get; init; } = "";

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "USD";

    public decimal HourlyRate { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public IReadOnlyList<SowContact> Contacts { get; init; } = [];

    /// <summary>Measurable goals ("Organic sessions from 12,000 to 18,000 a month by 30 Jun 2027").</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];

    public IReadOnlyList<SowDeliverable> Deliverables { get; init; } = [];

    public IReadOnlyList<SowMilestone> Milestones { get; init; } = [];

    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>What is explicitly not included.</summary>
    public IReadOnlyList<string> Exclusions { get; init; } = [];

    /// <summary>Services the client showed interest in, for a later phase (not part of this scope).</summary>
    public IReadOnlyList<SowPhase2Item> Phase2 { get; init; } = [];

    public string ChangeProcess { get; init; } = "";

    public string PaymentTerms { get; init; } = "";

    /// <summary>The words above the client's approval (what approving means).</summary>
    public string Acceptance { get; init; } = "";

    [JsonIgnore]
    public decimal TotalHours => Deliverables.Sum(d => d.Hours);

    /// <summary>The SOW's value: its hours at the hourly rate, rounded to the currency's minor units (half away from zero).</summary>
    [JsonIgnore]
    public decimal Value => Common.Money.Round(TotalHours * HourlyRate, Currency);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SowContent FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new SowContent() : JsonSerializer.Deserialize<SowContent>(json, Json) ?? new SowContent();
}

public sealed record SowContact(string Name, string Role, string? Email);

/// <summary>A deliverable with explicit limits: how many (<see cref="Quantity"/> <see cref="Unit"/>) and the hours budgeted.</summary>
public sealed record SowDeliverable(string Name, string Description, decimal Quantity, string Unit, decimal Hours);

public sealed record SowMilestone(string Name, DateOnly? Due, string Note);

public sealed record SowPhase2Item(string Name, string Note, decimal? Estimate);

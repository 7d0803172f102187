namespace Onboarding.Domain.Clients;

/// <summary>A company the firm onboards. Archived clients are hidden from lists but kept, and can be restored.</summary>
public sealed class Client
{
    public int Id { get; set; }
    public string CompanyName { get; set; } = "";
    public string? Website { get; set; }
    public string? Industry { get; set; }

    /// <summary>ISO 4217 code the client is billed in.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>IANA time zone id, e.g. "Europe/Berlin"; meetings are shown in it.</summary>
    public string TimeZone { get; set; } = "UTC";
    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? ArchivedAtUtc { get; set; }
    public string? ArchivedBy { get; set; }

    /// <summary>Optimistic concurrency token: changes on every save.</summary>
    public Guid Version { get; set; }

    public List<ClientContact> Contacts { get; set; } = [];

    public bool IsArchived => ArchivedAtUtc is not null;
}

namespace Onboarding.Domain.Playbooks;

/// <summary>A firm's onboarding playbook: a key, a name and its versions (drafts and published).</summary>
public sealed class Playbook
{
    public Guid Id { get; set; }

    /// <summary>Stable key, lower-case words and dashes (e.g. <c>client-onboarding</c>).</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public List<PlaybookVersion> Versions { get; set; } = [];
}

public enum PlaybookVersionStatus { Draft, Published }

/// <summary>
/// One version of a playbook's BPMN. A draft can change; publishing validates it and freezes the
/// XML with its checksum, who and when. Running instances stay on the version they started on.
/// </summary>
public sealed class PlaybookVersion
{
    public Guid Id { get; set; }

    public Guid PlaybookId { get; set; }

    public Playbook? Playbook { get; set; }

    /// <summary>1, 2, 3... within the playbook.</summary>
    public int Number { get; set; }

    public PlaybookVersionStatus Status { get; set; }

    public string Xml { get; set; } = "";

    /// <summary>The ordered stages (name and colour) as JSON; see <c>PlaybookStage</c>.</summary>
    public string StagesJson { get; set; } = "[]";

    /// <summary>SHA-256 of the XML (hex), set when published.</summary>
    public string? Checksum { get; set; }

    public Guid? BasedOnVersionId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

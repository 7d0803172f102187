namespace Onboarding.Domain.Mail;

/// <summary>
/// An e-mail the app sends, written in the same transaction as the change that caused it and delivered afterwards
/// by the dispatcher (SMTP, or the pickup folder when no server is configured). The Outbox page lists every one.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The e-mail template it came from (<see cref="EmailTemplate.Key"/>), or a free kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The onboarding it belongs to, when it belongs to one (shown on its timeline).</summary>
    public Guid? OnboardingId { get; set; }

    public string ToAddress { get; set; } = "";

    public string ToName { get; set; } = "";

    /// <summary>Where replies go (the account manager), when set.</summary>
    public string? ReplyToAddress { get; set; }

    public string? ReplyToName { get; set; }

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Who or what caused it ("Alex Morgan", "Workflow reminder").</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>Not before this time (retries back off).</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>The transport's reference: the SMTP server's reply or the pickup file's name.</summary>
    public string? TransportReference { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }
}

/// <summary>Stored as text; never rename a member.</summary>
public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>
/// An e-mail template firms edit: subject and plain-text body with merge fields such as <c>{{ClientFirstName}}</c>.
/// A row exists only once someone edited it; until then the built-in default is used.
/// </summary>
public sealed class EmailTemplate
{
    public string Key { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public Guid ConcurrencyToken { get; set; }
}

using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Questionnaires;

/// <summary>
/// The questionnaire sent to one onboarding's client: the template version, who it went to, when it is due, the
/// client's last activity and when it was submitted (after which it is read-only). One per onboarding.
/// </summary>
public sealed class Questionnaire : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    public Guid TemplateId { get; set; }

    public QuestionnaireTemplate? Template { get; set; }

    /// <summary>The client contact it was sent to.</summary>
    public string RecipientName { get; set; } = "";

    public string RecipientEmail { get; set; } = "";

    /// <summary>The name e-mails greet the recipient by ("Hi Ji-woo,"), confirmed by the account manager when sending.</summary>
    public string GreetingName { get; set; } = "";

    public DateTime SentAtUtc { get; set; }

    public string SentBy { get; set; } = "";

    /// <summary>10 business days after sending by default.</summary>
    public DateTime DueAtUtc { get; set; }

    /// <summary>When the client last saved an answer or a file.</summary>
    public DateTime? LastClientActivityAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>The name the client gave when submitting.</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>How many reminders went to the client.</summary>
    public int RemindersSent { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public bool IsSubmitted => SubmittedAtUtc is not null;
}

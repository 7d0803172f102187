using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Questionnaires;

/// <summary>The client's answer to one question, saved as they type (JSON; see <see cref="QuestionType"/>).</summary>
public sealed class QuestionnaireAnswer : IOnboardingRecord
{
    public long Id { get; set; }

    public Guid QuestionnaireId { get; set; }

    public Guid OnboardingId { get; set; }

    public string QuestionKey { get; set; } = "";

    public string ValueJson { get; set; } = "null";

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>
/// A file the client uploaded for a file question. The bytes live in the upload store (outside <c>wwwroot</c>)
/// under <see cref="StorageName"/>; only staff download them.
/// </summary>
public sealed class QuestionnaireFile : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid QuestionnaireId { get; set; }

    public Guid OnboardingId { get; set; }

    public string QuestionKey { get; set; } = "";

    /// <summary>The name as the client's device gave it (display only; never used as a path).</summary>
    public string FileName { get; set; } = "";

    /// <summary>The type detected from the content, not the name.</summary>
    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>The path of the bytes relative to the upload store's root.</summary>
    public string StorageName { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }
}

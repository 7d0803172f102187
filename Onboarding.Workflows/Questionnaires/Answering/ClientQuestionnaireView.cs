using System.Text.Json.Nodes;
using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires.Answering;

/// <summary>Why a client link did not open. The wording shown for each reveals nothing about the client.</summary>
public enum ClientLinkRefusal { Expired, Revoked, Invalid, TooManyRequests }

/// <summary>One uploaded file as the client sees it.</summary>
public sealed record ClientFileView(Guid Id, string FileName, long SizeBytes, string ContentType);

/// <summary>Everything the client's questionnaire page shows.</summary>
public sealed record ClientQuestionnaireView(
    Guid QuestionnaireId,
    string FirmName,
    string ClientCompanyName,
    string RecipientFirstName,
    string AccountManagerName,
    string AccountManagerEmail,
    QuestionnaireDefinition Definition,
    IReadOnlyDictionary<string, JsonNode?> Answers,
    IReadOnlyDictionary<string, IReadOnlyList<ClientFileView>> Files,
    QuestionnaireProgress Progress,
    DateTime DueAtUtc,
    DateTime? SubmittedAtUtc,
    string? SubmittedBy)
{
    public bool IsSubmitted => SubmittedAtUtc is not null;

    public IReadOnlyList<ClientFileView> FilesOf(string questionKey) => Files.GetValueOrDefault(questionKey) ?? [];
}

/// <summary>What opening a link gave: the questionnaire, or a refusal (and then nothing else).</summary>
public sealed record QuestionnaireOpening(ClientQuestionnaireView? View, ClientLinkRefusal? Refusal, string? FirmName)
{
    public static QuestionnaireOpening Refused(ClientLinkRefusal refusal, string firmName) => new(null, refusal, firmName);
}

/// <summary>A save, upload or submit refused because the link no longer works (or is used too fast).</summary>
public sealed class ClientLinkRefusedException(ClientLinkRefusal refusal) : DomainException(MessageOf(refusal))
{
    public ClientLinkRefusal Refusal { get; } = refusal;

    public static string MessageOf(ClientLinkRefusal refusal) => refusal switch
    {
        ClientLinkRefusal.Expired => "This link has expired. Ask us for a new one.",
        ClientLinkRefusal.Revoked => "This link is no longer active. Ask us for a new one.",
        ClientLinkRefusal.TooManyRequests => "Too many requests from this link. Please wait a minute and try again.",
        _ => "This link is not valid. Please check that you copied the whole address, or ask us for a new one.",
    };
}

/// <summary>The questionnaire was already submitted: it is read-only.</summary>
public sealed class QuestionnaireAlreadySubmittedException()
    : DomainException("This questionnaire was already submitted and is now read-only. Thank you!");

using System.Text.Json.Nodes;
using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Workflows.Questionnaires.Answering;

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

/// <summary>The questionnaire was already submitted: it is read-only.</summary>
public sealed class QuestionnaireAlreadySubmittedException()
    : DomainException("This questionnaire was already submitted and is now read-only. Thank you!");

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Messages;

namespace Onboarding.Workflows.Questionnaires.Answering;

/// <summary>Some required questions are still unanswered; <see cref="Missing"/> names them in order.</summary>
public sealed class RequiredAnswersMissingException(IReadOnlyList<string> missing)
    : DomainException($"Please answer {(missing.Count == 1 ? "this question" : $"these {missing.Count} questions")} before submitting: " + string.Join("; ", missing))
{
    public IReadOnlyList<string> Missing { get; } = missing;
}

public sealed partial class QuestionnaireAnswering
{
    /// <summary>
    /// Submits the questionnaire once every required question is answered; it is read-only after. Tells the
    /// onboarding's workflow (<see cref="KnownMessages.QuestionnaireSubmitted"/>), fills the onboarding from the answers
    /// and lets the gates advance.
    /// </summary>
    public async Task SubmitAsync(string? token, string submitterName, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        var name = (submitterName ?? "").Trim();
        if (name.Length == 0) throw new DomainException("Please type your name so we know who submitted the answers.");
        if (name.Length > 200) throw new DomainException("Please keep your name under 200 characters.");
        var by = $"{name} (client)";
        Guid questionnaireId, onboardingId;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var (questionnaire, definition) = await OpenForChangeAsync(db, link, ct);
            var progress = await StoredAnswers.ProgressAsync(db, questionnaire.Id, definition, ct);
            if (!progress.CanSubmit) throw new RequiredAnswersMissingException(progress.MissingRequired.Select(q => q.Text).ToList());
            var now = clock.GetUtcNow().UtcDateTime;
            questionnaire.SubmittedAtUtc = now;
            questionnaire.SubmittedBy = name;
            questionnaire.LastClientActivityAtUtc = now;
            questionnaire.ConcurrencyToken = Guid.NewGuid();
            db.AuditEntries.Add(AuditEntry.OfOnboarding(questionnaire.OnboardingId, by, now, "Questionnaire submitted",
                $"{progress.Answered} of {progress.Total} questions answered; submitted by {name} from the client link"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new QuestionnaireAlreadySubmittedException();
            }
            (questionnaireId, onboardingId) = (questionnaire.Id, questionnaire.OnboardingId);
        }
        // The submission is saved; what follows moves the onboarding on. The client cannot fix a failure there, so it is
        // written on the onboarding's trail for staff, who can run it again from the Questionnaire tab.
        await followUp.MoveOnAsync(questionnaireId, onboardingId, by, justSubmitted: true, CancellationToken.None);
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Questionnaires.Answering;

/// <summary>
/// The client's side of a questionnaire, working only from the link's token: open it, save answers as they are
/// typed, upload and remove files, submit. Every call checks the link (signature, expiry, revocation) and counts
/// against the link's rate limit; a bad link reveals nothing about the client.
/// </summary>
public sealed partial class QuestionnaireAnswering(
    IDbContextFactory<OnboardingDbContext> databases,
    ClientLinkGate linkGate,
    IUploadStore uploads,
    QuestionnaireFollowUp followUp,
    WorkflowOptions options,
    TimeProvider clock)
{
    public string FirmName => options.FirmName;

    public async Task<QuestionnaireOpening> OpenAsync(string? token, CancellationToken ct = default)
    {
        ClientLink link;
        try
        {
            link = await LinkAsync(token, ct);
        }
        catch (ClientLinkRefusedException refused)
        {
            return QuestionnaireOpening.Refused(refused.Refusal, options.FirmName);
        }
        await using var db = await databases.CreateDbContextAsync(ct);
        await db.ClientLinks.Where(l => l.Id == link.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        var view = await ViewAsync(db, link.SubjectId, ct);
        return view is null ? QuestionnaireOpening.Refused(ClientLinkRefusal.Invalid, options.FirmName) : new(view, null, options.FirmName);
    }

    /// <summary>Saves one answer (validated; an empty value clears it) and returns the progress after it.</summary>
    public async Task<QuestionnaireProgress> SaveAnswerAsync(string? token, string questionKey, JsonNode? value, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var (questionnaire, definition) = await OpenForChangeAsync(db, link, ct);
            var question = definition.Find(questionKey) ?? throw new DomainException("This question is no longer part of the questionnaire.");
            var normalized = AnswerValidator.Normalize(question, value);
            var now = clock.GetUtcNow().UtcDateTime;
            var answer = await db.QuestionnaireAnswers.SingleOrDefaultAsync(a => a.QuestionnaireId == questionnaire.Id && a.QuestionKey == questionKey, ct);
            if (answer is null)
            {
                answer = new QuestionnaireAnswer { QuestionnaireId = questionnaire.Id, OnboardingId = questionnaire.OnboardingId, QuestionKey = questionKey };
                db.QuestionnaireAnswers.Add(answer);
            }
            answer.ValueJson = normalized?.ToJsonString() ?? "null";
            answer.UpdatedAtUtc = now;
            questionnaire.LastClientActivityAtUtc = now;
            try
            {
                await db.SaveChangesAsync(ct);
                return await StoredAnswers.ProgressAsync(db, questionnaire.Id, definition, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Submitted meanwhile (submitting changes the concurrency token): read-only now.
                throw new QuestionnaireAlreadySubmittedException();
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two saves of a first answer at once: the other inserted it; update theirs.
            }
        }
    }

    internal Task<ClientLink> LinkAsync(string? token, CancellationToken ct) => linkGate.OpenAsync(token, ClientLinkPurpose.Questionnaire, ct);

    /// <summary>The questionnaire (tracked) and its definition, refusing once it is submitted.</summary>
    private static async Task<(Questionnaire, QuestionnaireDefinition)> OpenForChangeAsync(OnboardingDbContext db, ClientLink link, CancellationToken ct)
    {
        var questionnaire = await db.Questionnaires.Include(q => q.Template).SingleOrDefaultAsync(q => q.Id == link.SubjectId, ct)
            ?? throw new ClientLinkRefusedException(ClientLinkRefusal.Invalid);
        if (questionnaire.IsSubmitted) throw new QuestionnaireAlreadySubmittedException();
        return (questionnaire, questionnaire.Template!.Definition);
    }


    private async Task<ClientQuestionnaireView?> ViewAsync(OnboardingDbContext db, Guid questionnaireId, CancellationToken ct)
    {
        var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Template).SingleOrDefaultAsync(q => q.Id == questionnaireId, ct);
        if (questionnaire is null) return null;
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == questionnaire.OnboardingId)
            .Select(o => new { o.Client!.CompanyName, o.AccountManagerId }).SingleAsync(ct);
        var manager = await db.Users.AsNoTracking().Where(u => u.Id == onboarding.AccountManagerId)
            .Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
        var definition = questionnaire.Template!.Definition;
        var answers = await StoredAnswers.AnswersAsync(db, questionnaireId, ct);
        var files = (await db.QuestionnaireFiles.AsNoTracking().Where(f => f.QuestionnaireId == questionnaireId).ToListAsync(ct))
            .OrderBy(f => f.UploadedAtUtc).GroupBy(f => f.QuestionKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ClientFileView>)g.Select(f => new ClientFileView(f.Id, f.FileName, f.SizeBytes, f.ContentType)).ToList());
        var progress = QuestionnaireProgress.Of(definition, answers, files.ToDictionary(f => f.Key, f => f.Value.Count));
        var managerName = manager is null ? options.FirmName : string.IsNullOrWhiteSpace(manager.DisplayName) ? manager.Email ?? "" : manager.DisplayName;
        return new ClientQuestionnaireView(questionnaire.Id, options.FirmName, onboarding.CompanyName, questionnaire.GreetingName,
            managerName, manager?.Email ?? "", definition, answers, files, progress, questionnaire.DueAtUtc, questionnaire.SubmittedAtUtc, questionnaire.SubmittedBy);
    }
}

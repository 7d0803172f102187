using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Questionnaires.Sending;

public enum QuestionnaireLinkState { Live, Expired, Revoked }

/// <summary>The client's newest link: live (with its URL, to copy), expired or revoked.</summary>
public sealed record QuestionnaireLinkStatus(QuestionnaireLinkState State, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc, string? Url);

/// <summary>One question with the client's answer as staff read it.</summary>
public sealed record AnsweredQuestion(Question Question, string Display, bool IsAnswered, IReadOnlyList<QuestionnaireFile> Files)
{
    public bool IsMissingRequired => Question.Required && !IsAnswered;
}

public sealed record AnsweredSection(string Title, IReadOnlyList<AnsweredQuestion> Questions);

/// <summary>Everything the staff Questionnaire tab shows about a questionnaire that was sent.</summary>
public sealed record QuestionnaireOverview(
    Questionnaire Questionnaire,
    string TemplateName,
    int TemplateVersion,
    int OverdueBusinessDays,
    QuestionnaireLinkStatus? Link,
    QuestionnaireProgress Progress,
    IReadOnlyList<AnsweredSection> Sections,
    IReadOnlyList<QuestionnaireFile> Files);

/// <summary>Reads an onboarding's questionnaire for staff: status, link, progress, answers by section and files.</summary>
public sealed class QuestionnaireOverviews(
    IDbContextFactory<OnboardingDbContext> databases,
    ClientLinks.ClientLinks links,
    QuestionnaireMail mail,
    IBusinessCalendar calendar,
    TimeProvider clock)
{
    /// <summary>The overview, or null when the questionnaire has not been sent.</summary>
    public async Task<QuestionnaireOverview?> LoadAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Template).SingleOrDefaultAsync(q => q.OnboardingId == onboardingId, ct);
        if (questionnaire is null) return null;
        var definition = questionnaire.Template?.Definition ?? QuestionnaireDefinition.Empty;
        var answers = await StoredAnswers.AnswersAsync(db, questionnaire.Id, ct);
        var files = await db.QuestionnaireFiles.AsNoTracking().Where(f => f.QuestionnaireId == questionnaire.Id).OrderBy(f => f.UploadedAtUtc).ToListAsync(ct);
        var filesByQuestion = files.GroupBy(f => f.QuestionKey).ToDictionary(g => g.Key, g => (IReadOnlyList<QuestionnaireFile>)g.ToList());
        var progress = QuestionnaireProgress.Of(definition, answers, filesByQuestion.ToDictionary(p => p.Key, p => p.Value.Count));
        var sections = definition.Sections.Select(s => new AnsweredSection(s.Title, s.Questions.Select(q =>
        {
            var value = answers.GetValueOrDefault(q.Key);
            var own = filesByQuestion.GetValueOrDefault(q.Key) ?? [];
            return new AnsweredQuestion(q, AnswerValues.Display(q, value), AnswerValues.IsAnswered(q, value, own.Count), own);
        }).ToList())).ToList();
        return new QuestionnaireOverview(questionnaire, questionnaire.Template?.Name ?? "", questionnaire.Template?.Version ?? 0,
            questionnaire.IsSubmitted ? 0 : OverdueBusinessDays(questionnaire.DueAtUtc), await LinkAsync(db, questionnaire, ct), progress, sections, files);
    }

    /// <summary>Business days past the due date (0 until it passes).</summary>
    public int OverdueBusinessDays(DateTime dueAtUtc)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now <= dueAtUtc) return 0;
        var days = 0;
        for (var day = mail.LocalDate(dueAtUtc).AddDays(1); day <= mail.LocalDate(now) && days < 1000; day = day.AddDays(1))
        {
            if (calendar.IsBusinessDay(day)) days++;
        }
        return days;
    }

    private async Task<QuestionnaireLinkStatus?> LinkAsync(OnboardingDbContext db, Questionnaire questionnaire, CancellationToken ct)
    {
        var link = await ClientLinks.ClientLinks.LatestAsync(db, ClientLinkPurpose.Questionnaire, questionnaire.Id, ct);
        if (link is null) return null;
        if (link.RevokedAtUtc is not null) return new(QuestionnaireLinkState.Revoked, link.ExpiresAtUtc, link.RevokedAtUtc, null);
        if (clock.GetUtcNow().UtcDateTime >= link.ExpiresAtUtc) return new(QuestionnaireLinkState.Expired, link.ExpiresAtUtc, null, null);
        return new(QuestionnaireLinkState.Live, link.ExpiresAtUtc, null, mail.Links.QuestionnaireUrl(await links.TokenOfAsync(link, ct)));
    }

    /// <summary>A file of this onboarding's questionnaire (null for another onboarding's file).</summary>
    public async Task<QuestionnaireFile?> FileAsync(Guid onboardingId, Guid fileId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.QuestionnaireFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.OnboardingId == onboardingId, ct);
    }
}

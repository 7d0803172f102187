using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Mail;

namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>
/// The questionnaire's reminder ladder (run by the playbook's timers through <see cref="QuestionnaireReminderAutomation"/>
/// and <see cref="QuestionnaireOverdueAlertAutomation"/>): reminders to the client with their current link, then the
/// overdue alert to the account manager. Each skips, saying why, once the questionnaire is submitted; a reminder also
/// skips (and notes it on the onboarding's timeline) when no link is live, so the account manager re-sends instead.
/// </summary>
public sealed class QuestionnaireReminders(
    IDbContextFactory<OnboardingDbContext> databases,
    ClientLinks.ClientLinks links,
    EmailComposer composer,
    QuestionnaireMail mail,
    TimeProvider clock)
{
    /// <summary>E-mails the client a reminder with their current link; returns what it did (or why it skipped).</summary>
    public async Task<string> RemindAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var questionnaire = await db.Questionnaires.SingleOrDefaultAsync(q => q.OnboardingId == onboardingId, ct);
        if (questionnaire is null) return "skipped: the questionnaire was never sent";
        if (questionnaire.IsSubmitted) return "skipped: already submitted";
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.ClientLinks.AsNoTracking()
            .Where(l => l.Purpose == ClientLinkPurpose.Questionnaire && l.SubjectId == questionnaire.Id && l.RevokedAtUtc == null && l.ExpiresAtUtc > now)
            .OrderByDescending(l => l.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (link is null)
        {
            db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, "Workflow", now, "Questionnaire reminder skipped",
                "No reminder went to the client: their questionnaire link is revoked or expired. Re-send the questionnaire to give them a new one."));
            await db.SaveChangesAsync(ct);
            return "skipped: no live link (re-send the questionnaire)";
        }

        var parties = await QuestionnaireMail.PartiesAsync(db, onboardingId, ct);
        var url = mail.Links.QuestionnaireUrl(await links.TokenOfAsync(link, ct));
        await composer.QueueAsync(db, DefaultEmailTemplates.QuestionnaireReminder, new EmailAddress(questionnaire.RecipientEmail, questionnaire.RecipientName),
            mail.ClientFields(parties, questionnaire.GreetingName, url, questionnaire.DueAtUtc), onboardingId, "Workflow", QuestionnaireMail.ReplyTo(parties), ct);
        questionnaire.RemindersSent++;
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, "Workflow", now, "Questionnaire reminder sent",
            $"Reminder {questionnaire.RemindersSent} e-mailed to {questionnaire.RecipientName} <{questionnaire.RecipientEmail}>; due {mail.Date(questionnaire.DueAtUtc)}."));
        await db.SaveChangesAsync(ct);
        return $"reminder {questionnaire.RemindersSent} e-mailed to {questionnaire.RecipientEmail}";
    }

    /// <summary>E-mails the account manager that the questionnaire is overdue; returns what it did (or why it skipped).</summary>
    public async Task<string> AlertOverdueAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Template).SingleOrDefaultAsync(q => q.OnboardingId == onboardingId, ct);
        if (questionnaire is null) return "skipped: the questionnaire was never sent";
        if (questionnaire.IsSubmitted) return "skipped: already submitted";

        var parties = await QuestionnaireMail.PartiesAsync(db, onboardingId, ct);
        if (string.IsNullOrWhiteSpace(parties.AccountManager.Address)) return "skipped: the account manager has no e-mail address";
        var progress = await StoredAnswers.ProgressAsync(db, questionnaire.Id, questionnaire.Template?.Definition ?? QuestionnaireDefinition.Empty, ct);
        var fields = new Dictionary<string, string>
        {
            ["ClientFirstName"] = questionnaire.GreetingName,
            ["ClientName"] = parties.ClientName,
            ["DueDate"] = mail.Date(questionnaire.DueAtUtc),
            ["AccountManagerName"] = GreetingNames.Guess(parties.AccountManager.Name),
            ["OnboardingLink"] = mail.Links.OnboardingUrl(onboardingId),
            ["AnsweredPercent"] = $"{progress.Percent}%",
            ["LastClientActivity"] = questionnaire.LastClientActivityAtUtc is { } at ? mail.Moment(at) : "none yet (the link was never used to save an answer)",
        };
        await composer.QueueAsync(db, DefaultEmailTemplates.QuestionnaireOverdue, parties.AccountManager, fields, onboardingId, "Workflow", ct: ct);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, "Workflow", clock.GetUtcNow().UtcDateTime, "Questionnaire overdue",
            $"The questionnaire was due {mail.Date(questionnaire.DueAtUtc)} and is {progress.Percent}% answered; {parties.AccountManager.Name} was alerted by e-mail."));
        await db.SaveChangesAsync(ct);
        return $"alert e-mailed to {parties.AccountManager.Address} ({progress.Percent}% answered)";
    }
}

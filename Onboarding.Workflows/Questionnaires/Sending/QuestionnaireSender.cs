using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Questionnaires.Templates;

namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>The welcome e-mail as it will go out.</summary>
public sealed record QuestionnairePreview(ClientRecipient To, string Greeting, DateTime DueAtUtc, ComposedEmail Email);

/// <summary>A questionnaire template that can be sent: its key and latest published version.</summary>
public sealed record SendableTemplate(string Key, string Name, int Version);

/// <summary>A questionnaire just sent (or re-sent): its row and the link in the e-mail.</summary>
public sealed record SentQuestionnaire(Guid QuestionnaireId, string Link, DateTime LinkExpiresAtUtc, DateTime DueAtUtc);

/// <summary>
/// Sends the welcome e-mail with the questionnaire link (the playbook's "Send welcome email with questionnaire" step, whose
/// gate then passes and completes it), re-sends it with a fresh link, and revokes the link. Every action is audited.
/// </summary>
public sealed class QuestionnaireSender(
    IDbContextFactory<OnboardingDbContext> databases,
    ClientLinks.ClientLinks links,
    EmailComposer composer,
    QuestionnaireMail mail,
    IBusinessCalendar calendar,
    GateAdvancer gates,
    TimeProvider clock)
{
    public const int BusinessDaysToAnswer = 10;

    /// <summary>What stands in for the token in a preview.</summary>
    public const string PreviewToken = "your-own-link";

    /// <summary>The client's contacts with an e-mail, in the client's order; the default recipient first.</summary>
    public async Task<IReadOnlyList<ClientRecipient>> RecipientsAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await ClientRecipients.OfOnboardingAsync(db, onboardingId, ct);
    }

    /// <summary>The welcome e-mail as it will go out; <paramref name="greeting"/> is the name typed for "Hi ...," (empty: the guess).</summary>
    public async Task<QuestionnairePreview> PreviewAsync(Guid onboardingId, int contactId, string? greeting = null, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var to = await RecipientAsync(db, onboardingId, contactId, ct);
        var parties = await QuestionnaireMail.PartiesAsync(db, onboardingId, ct);
        var due = calendar.AddBusinessDays(Now, BusinessDaysToAnswer);
        // A stand-in: the real link is signed when the e-mail is sent.
        var link = mail.Links.QuestionnaireUrl(PreviewToken);
        var greet = GreetingNames.Confirm(greeting, to.Greeting);
        var email = await composer.RenderAsync(db, DefaultEmailTemplates.QuestionnaireWelcome, mail.ClientFields(parties, greet, link, due), ct);
        return new QuestionnairePreview(to, greet, due, email);
    }

    /// <summary>The templates a questionnaire can be sent with: each one's latest published version, the default first.</summary>
    public async Task<IReadOnlyList<SendableTemplate>> TemplatesAsync(CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var published = await db.QuestionnaireTemplates.AsNoTracking().Where(t => t.Status == TemplateStatus.Published)
            .Select(t => new SendableTemplate(t.Key, t.Name, t.Version)).ToListAsync(ct);
        return published.GroupBy(t => t.Key).Select(g => g.MaxBy(t => t.Version)!)
            .OrderBy(t => t.Key == DefaultQuestionnaireTemplate.Key ? 0 : 1).ThenBy(t => t.Name).ToList();
    }

    /// <summary>Sends the latest published version of <paramref name="templateKey"/> (the default template when null).</summary>
    public async Task<SentQuestionnaire> SendAsync(Guid onboardingId, int contactId, string by, string? greeting = null, string? templateKey = null, CancellationToken ct = default)
    {
        SentQuestionnaire sent;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            await RefuseIfSentAsync(db, onboardingId, ct);
            var template = await QuestionnaireTemplateCatalog.LatestPublishedAsync(db, templateKey ?? DefaultQuestionnaireTemplate.Key, ct)
                ?? throw new DomainException("That questionnaire template has no published version. Ask an ops lead to publish it, then send again.");
            var to = await RecipientAsync(db, onboardingId, contactId, ct);
            var now = Now;
            var questionnaire = new Questionnaire
            {
                Id = Guid.NewGuid(), OnboardingId = onboardingId, TemplateId = template.Id, RecipientName = to.Name, RecipientEmail = to.Email,
                GreetingName = GreetingNames.Confirm(greeting, to.Greeting),
                SentAtUtc = now, SentBy = by, DueAtUtc = calendar.AddBusinessDays(now, BusinessDaysToAnswer), ConcurrencyToken = Guid.NewGuid(),
            };
            db.Questionnaires.Add(questionnaire);
            sent = await IssueAndQueueAsync(db, questionnaire, by, ct);
            db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, now, "Questionnaire sent",
                $"Welcome e-mail with the questionnaire ({template.Name}, version {template.Version}) sent to {to.Name} <{to.Email}>; due {mail.Date(questionnaire.DueAtUtc)}."));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Someone else sent it a moment ago (one questionnaire per onboarding).
                db.ChangeTracker.Clear();
                await RefuseIfSentAsync(db, onboardingId, ct);
                throw;
            }
        }
        await gates.AdvanceAsync(onboardingId, by, ct);
        return sent;
    }

    /// <summary>Revokes the live link, issues a new one (30 days from now) and e-mails it again to the same recipient.</summary>
    public async Task<SentQuestionnaire> ResendAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var questionnaire = await SentAsync(db, onboardingId, ct);
        if (questionnaire.IsSubmitted) throw new DomainException("The client already submitted the questionnaire; there is nothing left to re-send.");
        var revoked = await links.RevokeAllAsync(db, ClientLinkPurpose.Questionnaire, questionnaire.Id, by, ct);
        var sent = await IssueAndQueueAsync(db, questionnaire, by, ct);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, Now, "Questionnaire re-sent",
            $"A new questionnaire link was e-mailed to {questionnaire.RecipientName} <{questionnaire.RecipientEmail}>, live until {mail.Date(sent.LinkExpiresAtUtc)}"
            + (revoked > 0 ? "; the previous link no longer works." : ".")));
        await db.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>Stops the live link working (the answers stay); re-send to give the client a new one.</summary>
    public async Task RevokeAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var questionnaire = await SentAsync(db, onboardingId, ct);
        var revoked = await links.RevokeAllAsync(db, ClientLinkPurpose.Questionnaire, questionnaire.Id, by, ct);
        if (revoked == 0) throw new DomainException("The questionnaire link is already revoked. Use Re-send to give the client a new one.");
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, Now, "Questionnaire link revoked",
            $"The link sent to {questionnaire.RecipientName} <{questionnaire.RecipientEmail}> no longer works; the answers so far are kept."));
        await db.SaveChangesAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<SentQuestionnaire> IssueAndQueueAsync(OnboardingDbContext db, Questionnaire questionnaire, string by, CancellationToken ct)
    {
        var issued = await links.IssueAsync(db, ClientLinkPurpose.Questionnaire, questionnaire.Id, questionnaire.OnboardingId, by, ClientLinks.ClientLinks.DefaultLifetime, ct);
        var parties = await QuestionnaireMail.PartiesAsync(db, questionnaire.OnboardingId, ct);
        var url = mail.Links.QuestionnaireUrl(issued.Token);
        await composer.QueueAsync(db, DefaultEmailTemplates.QuestionnaireWelcome, new EmailAddress(questionnaire.RecipientEmail, questionnaire.RecipientName),
            mail.ClientFields(parties, questionnaire.GreetingName, url, questionnaire.DueAtUtc), questionnaire.OnboardingId, by, QuestionnaireMail.ReplyTo(parties), ct);
        return new SentQuestionnaire(questionnaire.Id, url, issued.Link.ExpiresAtUtc, questionnaire.DueAtUtc);
    }

    private async Task RefuseIfSentAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var sentAt = await db.Questionnaires.Where(q => q.OnboardingId == onboardingId).Select(q => (DateTime?)q.SentAtUtc).SingleOrDefaultAsync(ct);
        if (sentAt is { } at) throw new DomainException($"The questionnaire was already sent on {mail.Date(at)}; use Re-send to e-mail a new link.");
    }

    private static async Task<Questionnaire> SentAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        await db.Questionnaires.SingleOrDefaultAsync(q => q.OnboardingId == onboardingId, ct)
        ?? throw new DomainException("The questionnaire has not been sent yet. Send it first.");

    private static Task<ClientRecipient> RecipientAsync(OnboardingDbContext db, Guid onboardingId, int contactId, CancellationToken ct) =>
        ClientRecipients.OneAsync(db, onboardingId, contactId, ct);
}

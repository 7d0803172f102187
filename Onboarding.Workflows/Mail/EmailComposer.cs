using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;

namespace Onboarding.Workflows.Mail;

public sealed record EmailAddress(string Address, string Name);

/// <summary>A template's subject and bodies with the fields filled in.</summary>
public sealed record ComposedEmail(string Subject, string TextBody, string HtmlBody);

/// <summary>
/// Writes e-mails into the outbox from the firm's templates (their edited text, else the default). The message is added
/// to the caller's unit of work, so it is sent only if the change that caused it is saved; the dispatcher delivers it.
/// </summary>
public sealed class EmailComposer(TimeProvider clock)
{
    public async Task<ComposedEmail> RenderAsync(OnboardingDbContext db, string templateKey, IReadOnlyDictionary<string, string> fields, CancellationToken ct = default)
    {
        var builtIn = DefaultEmailTemplates.Get(templateKey);
        var edited = await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == templateKey, ct);
        return Render(builtIn, edited?.Subject ?? builtIn.Subject, edited?.Body ?? builtIn.Body, fields);
    }

    public static ComposedEmail Render(EmailTemplateDefault template, string subject, string body, IReadOnlyDictionary<string, string> fields)
    {
        var text = MailMerge.Fill(body, fields).Replace("\r\n", "\n").Trim();
        return new(MailMerge.Fill(subject, fields).ReplaceLineEndings(" ").Trim(), text, MailMerge.ToHtml(text, template.CallToAction));
    }

    public async Task<OutboxMessage> QueueAsync(OnboardingDbContext db, string templateKey, EmailAddress to, IReadOnlyDictionary<string, string> fields,
        Guid? onboardingId, string createdBy, EmailAddress? replyTo = null, CancellationToken ct = default)
    {
        var email = await RenderAsync(db, templateKey, fields, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(), Kind = templateKey, OnboardingId = onboardingId,
            ToAddress = to.Address, ToName = to.Name, ReplyToAddress = replyTo?.Address, ReplyToName = replyTo?.Name,
            Subject = email.Subject, TextBody = email.TextBody, HtmlBody = email.HtmlBody,
            Status = OutboxStatus.Pending, CreatedAtUtc = now, CreatedBy = createdBy, NextAttemptAtUtc = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}

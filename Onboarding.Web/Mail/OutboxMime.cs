using MimeKit;
using MimeKit.Utils;
using Onboarding.Domain.Mail;

namespace Onboarding.Web.Mail;

/// <summary>Turns an outbox message into the MIME message sent: text and HTML alternatives, Reply-To and a stable Message-Id.</summary>
public static class OutboxMime
{
    public static MimeMessage Build(OutboxMessage message, MailOptions options, DateTimeOffset now)
    {
        var from = MailboxAddress.Parse(options.From);
        var mime = new MimeMessage { Subject = message.Subject, Date = now };
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        if (!string.IsNullOrWhiteSpace(message.ReplyToAddress)) mime.ReplyTo.Add(new MailboxAddress(message.ReplyToName ?? "", message.ReplyToAddress));
        // One id per outbox message: a retry after a lost reply is recognisable as the same e-mail.
        var domain = from.Domain is { Length: > 0 } d ? d : "onboarding.local";
        mime.MessageId = $"{message.Id:N}@{domain}";
        mime.Headers.Add("X-Onboarding-Kind", message.Kind);
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    /// <summary>The message id a built message carries, for matching a delivered file or server log to its outbox row.</summary>
    public static string MessageIdOf(Guid outboxId, MailOptions options) =>
        $"{outboxId:N}@{(MailboxAddress.Parse(options.From).Domain is { Length: > 0 } d ? d : "onboarding.local")}";
}

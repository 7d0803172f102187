using MimeKit;

namespace Onboarding.Web.Mail;

/// <summary>Delivers one message (the I/O edge). Throws when it could not; the dispatcher retries.</summary>
public interface IMailTransport
{
    /// <summary>Delivers <paramref name="message"/>; returns the transport's reference (the server's reply, the file's name).</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken ct);
}

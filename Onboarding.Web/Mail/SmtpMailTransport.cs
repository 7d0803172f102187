using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Onboarding.Web.Mail;

/// <summary>Sends through the configured SMTP server with MailKit: one connection per message, authenticated when a user name is set.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = options.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        // Credentials never travel in clear: with a user name, TLS is required even when StartTLS was switched off.
        var security = smtp.UseStartTls ? SecureSocketOptions.StartTls
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : !string.IsNullOrEmpty(smtp.UserName) ? SecureSocketOptions.StartTls
            : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        var reply = await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
        return $"{smtp.Host}:{smtp.Port} {reply}".Trim();
    }
}

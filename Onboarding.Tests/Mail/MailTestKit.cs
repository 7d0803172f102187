using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using Onboarding.Domain.Mail;
using Onboarding.Tests.Support;
using Onboarding.Web.Mail;
using Onboarding.Workflows.Mail;

namespace Onboarding.Tests.Mail;

/// <summary>Queues e-mails as the app does and builds dispatchers over a <see cref="TestDatabase"/>.</summary>
internal static class MailTestKit
{
    public const string Link = "https://onboarding.example/q/Abc123-signed_token";

    public static Dictionary<string, string> WelcomeFields() => new()
    {
        ["ClientFirstName"] = "Ji-woo", ["ClientName"] = "Haneul Tea House", ["FirmName"] = "Northwind Digital",
        ["QuestionnaireLink"] = Link, ["DueDate"] = "Tuesday 8 December 2026", ["AccountManagerName"] = "Alex Morgan",
        ["AccountManagerEmail"] = "alex@northwind.example",
    };

    /// <summary>Queues the welcome e-mail to Kim Ji-woo (saved) and returns its outbox id.</summary>
    public static async Task<Guid> QueueWelcomeAsync(TestDatabase database, string to = "jiwoo@haneul.example", Guid? onboardingId = null)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var message = await new EmailComposer(database.Clock).QueueAsync(db, DefaultEmailTemplates.QuestionnaireWelcome, new EmailAddress(to, "Kim Ji-woo"),
            WelcomeFields(), onboardingId, "Alex Morgan", new EmailAddress("alex@northwind.example", "Alex Morgan"));
        await db.SaveChangesAsync();
        return message.Id;
    }

    public static MailOptions SmtpOptions(int port) => new()
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, UseStartTls = false, Timeout = TimeSpan.FromSeconds(5) },
    };

    public static OutboxDispatcher Dispatcher(TestDatabase database, IMailTransport transport, MailOptions? options = null) =>
        new(database.Factory, transport, options ?? new MailOptions(), database.Clock, NullLogger<OutboxDispatcher>.Instance);

    public static OutboxDispatcher SmtpDispatcher(TestDatabase database, int port)
    {
        var options = SmtpOptions(port);
        return Dispatcher(database, new SmtpMailTransport(options), options);
    }

    /// <summary>A loopback port nothing listens on (connecting is refused at once).</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<OutboxMessage> ReadAsync(TestDatabase database, Guid id)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.OutboxMessages.FindAsync(id) ?? throw new InvalidOperationException("No such outbox message.");
    }
}

/// <summary>A transport that records what it was asked to send (for counting deliveries across dispatchers).</summary>
internal sealed class RecordingTransport(TimeSpan? delay = null) : IMailTransport
{
    public System.Collections.Concurrent.ConcurrentBag<string> Sent { get; } = [];

    public async Task<string> SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (delay is { } wait) await Task.Delay(wait, ct);
        Sent.Add(message.MessageId ?? "");
        return $"recorded {message.MessageId}";
    }
}

using MimeKit;
using Onboarding.Domain.Mail;
using Onboarding.Tests.Support;
using Onboarding.Web.Mail;

namespace Onboarding.Tests.Mail;

/// <summary>The dispatcher over a real SMTP exchange with an in-process server, and its retries when delivery fails.</summary>
public sealed class SmtpDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DispatchDue_QueuedWelcomeEmail_IsDeliveredOverSmtpWithTheLinkAndMarkedSent()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var server = new SmtpTestServer();
        var id = await MailTestKit.QueueWelcomeAsync(database);

        (await MailTestKit.SmtpDispatcher(database, server.Port).DispatchDueAsync(Ct)).ShouldBe(1);

        var received = server.Received.ShouldHaveSingleItem();
        received.RcptTo.ShouldBe(["jiwoo@haneul.example"]);
        received.MailFrom.ShouldBe("onboarding@northwind.example");
        var mime = received.Parse();
        mime.Subject.ShouldBe("Welcome to Northwind Digital, Ji-woo: one short questionnaire to get started");
        mime.To.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("Kim Ji-woo");
        mime.ReplyTo.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("alex@northwind.example");
        mime.MessageId.ShouldBe(OutboxMime.MessageIdOf(id, new MailOptions()));
        mime.TextBody!.ShouldContain(MailTestKit.Link);
        mime.HtmlBody!.ShouldContain($"href=\"{MailTestKit.Link}\"");
        mime.HtmlBody!.ShouldContain("Open the questionnaire");

        var sent = await MailTestKit.ReadAsync(database, id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.Attempts.ShouldBe(1);
        sent.SentAtUtc.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
        sent.TransportReference!.ShouldContain("queued as TEST1");
        sent.LeaseOwner.ShouldBeNull();
        (await MailTestKit.SmtpDispatcher(database, server.Port).DispatchDueAsync(Ct)).ShouldBe(0);
        server.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task DispatchDue_ServerUnreachable_RetriesAfter1_5_15_60MinutesThenFails()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await MailTestKit.QueueWelcomeAsync(database);
        var dispatcher = MailTestKit.SmtpDispatcher(database, MailTestKit.ClosedPort());

        foreach (var (attempt, wait) in new[] { (1, 1), (2, 5), (3, 15), (4, 60) })
        {
            (await dispatcher.DispatchDueAsync(Ct)).ShouldBe(1);
            var pending = await MailTestKit.ReadAsync(database, id);
            pending.Status.ShouldBe(OutboxStatus.Pending);
            pending.Attempts.ShouldBe(attempt);
            pending.LastError!.ShouldStartWith("Could not reach the mail server");
            pending.NextAttemptAtUtc.ShouldBe(database.Clock.GetUtcNow().UtcDateTime.AddMinutes(wait));
            database.Clock.Advance(TimeSpan.FromMinutes(wait) - TimeSpan.FromSeconds(1));
            (await dispatcher.DispatchDueAsync(Ct)).ShouldBe(0, $"not due before {wait} minutes after attempt {attempt}");
            database.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        (await dispatcher.DispatchDueAsync(Ct)).ShouldBe(1);

        var failed = await MailTestKit.ReadAsync(database, id);
        failed.Status.ShouldBe(OutboxStatus.Failed);
        failed.Attempts.ShouldBe(5);
        failed.LastError!.ShouldStartWith("Could not reach the mail server");
        failed.SentAtUtc.ShouldBeNull();
        database.Clock.Advance(TimeSpan.FromDays(1));
        (await dispatcher.DispatchDueAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task DispatchDue_ServerRefusesTheRecipient_KeepsTheServersReplyAsTheErrorAndSendsOnRetry()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var server = new SmtpTestServer { RejectRecipientsWith = "550 5.1.1 No such user here" };
        var id = await MailTestKit.QueueWelcomeAsync(database);
        var dispatcher = MailTestKit.SmtpDispatcher(database, server.Port);

        await dispatcher.DispatchDueAsync(Ct);

        var refused = await MailTestKit.ReadAsync(database, id);
        refused.Status.ShouldBe(OutboxStatus.Pending);
        refused.LastError!.ShouldContain("refused");
        refused.LastError!.ShouldContain("No such user here");
        server.Received.ShouldBeEmpty();

        server.RejectRecipientsWith = null;
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(Ct);
        var sent = await MailTestKit.ReadAsync(database, id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.Attempts.ShouldBe(2);
        server.Received.ShouldHaveSingleItem();
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Mail;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Onboardings.Timeline;

namespace Onboarding.Tests.Mail;

/// <summary>The outbox as staff read it (list, search, retry) and e-mails on the onboarding's timeline.</summary>
public sealed class OutboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_NewestFirst_FiltersByStatusAndSearchesRecipientAndSubject()
    {
        await using var database = await TestDatabase.CreateAsync();
        var older = await MailTestKit.QueueWelcomeAsync(database, "first@alpha.example");
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await MailTestKit.QueueWelcomeAsync(database, "second@beta.example");
        await SetStatusAsync(database, older, OutboxStatus.Sent);
        var outbox = new Outbox(database.Factory, database.Clock);

        var all = await outbox.ListAsync(null, null, 0, 50, Ct);
        all.Total.ShouldBe(2);
        all.Rows.Select(r => r.Id).ShouldBe([newer, older]);
        (await outbox.ListAsync(OutboxStatus.Sent, null, 0, 50, Ct)).Rows.ShouldHaveSingleItem().Id.ShouldBe(older);
        (await outbox.ListAsync(null, "BETA", 0, 50, Ct)).Rows.ShouldHaveSingleItem().Id.ShouldBe(newer);
        (await outbox.ListAsync(null, "questionnaire to get", 0, 50, Ct)).Total.ShouldBe(2);
        (await outbox.ListAsync(null, "100%_", 0, 50, Ct)).Total.ShouldBe(0);
        (await outbox.ListAsync(null, null, 1, 50, Ct)).Rows.ShouldHaveSingleItem().Id.ShouldBe(older);
    }

    [Fact]
    public async Task Retry_FailedMessage_IsDueNowAndAudited_OthersAreRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await MailTestKit.QueueWelcomeAsync(database);
        var outbox = new Outbox(database.Factory, database.Clock);
        (await Should.ThrowAsync<DomainException>(() => outbox.RetryAsync(id, "Alex", Ct))).Message.ShouldContain("only failed e-mails can be retried");
        await SetStatusAsync(database, id, OutboxStatus.Failed, attempts: 5, error: "Could not reach the mail server");
        database.Clock.Advance(TimeSpan.FromHours(2));

        await outbox.RetryAsync(id, "Alex Morgan", Ct);

        var retried = await MailTestKit.ReadAsync(database, id);
        retried.Status.ShouldBe(OutboxStatus.Pending);
        retried.NextAttemptAtUtc.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
        await using var db = await database.Factory.CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.SingleAsync(Ct);
        (audit.Action, audit.Actor, audit.SubjectType).ShouldBe(("E-mail retried", "Alex Morgan", Outbox.AuditSubject));
        audit.Details.ShouldContain("Could not reach the mail server");

        // The one more attempt fails again: Failed at once, no new ladder.
        await MailTestKit.SmtpDispatcher(database, MailTestKit.ClosedPort()).DispatchDueAsync(Ct);
        var again = await MailTestKit.ReadAsync(database, id);
        (again.Status, again.Attempts).ShouldBe((OutboxStatus.Failed, 6));
    }

    [Fact]
    public async Task Timeline_ListsTheOnboardingsEmailsWithTheirStatus()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        world.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        var id = await MailTestKit.QueueWelcomeAsync(world.Database, onboardingId: started.Id);
        await MailTestKit.QueueWelcomeAsync(world.Database, "someone@else.example");
        var timeline = world.Host.Get<OnboardingTimeline>();

        var queued = (await timeline.ReadAsync(started.Id, new HashSet<TimelineKind> { TimelineKind.Email }, 50, Ct)).Entries.ShouldHaveSingleItem();
        queued.Title.ShouldBe("E-mail to Kim Ji-woo waiting to be sent: Welcome to Northwind Digital, Ji-woo: one short questionnaire to get started");
        queued.By.ShouldBe("Alex Morgan");

        await MailTestKit.Dispatcher(world.Database, new RecordingTransport()).DispatchDueAsync(Ct);
        var everything = await timeline.ReadAsync(started.Id, Enum.GetValues<TimelineKind>().ToHashSet(), 50, Ct);
        var sent = everything.Entries.First();
        sent.Kind.ShouldBe(TimelineKind.Email);
        sent.Key.ShouldBe($"email-{id}");
        sent.Title.ShouldStartWith("E-mail sent to Kim Ji-woo: Welcome to Northwind Digital");
        sent.Details.ShouldBe("Delivered to the mail server 24 Nov 2026 09:05 UTC.");
    }

    private static async Task SetStatusAsync(TestDatabase database, Guid id, OutboxStatus status, int attempts = 1, string? error = null)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id);
        (message.Status, message.Attempts, message.LastError) = (status, attempts, error);
        await db.SaveChangesAsync();
    }
}

using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Reminders;
using Onboarding.Workflows.Mail;
using static Onboarding.Tests.Billing.Overdue.OverdueWorld;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>Payment reminders to the client's billing contact: first overdue day, then weekly, at most four; by hand for finance.</summary>
public sealed class PaymentReminderTests
{
    private static readonly DateOnly Due = new(2026, 12, 30);
    private const string Kind = DefaultEmailTemplates.PaymentReminder;

    /// <summary>A pass of the billing clock as the app runs it: overdue first, then reminders.</summary>
    private static async Task<int> PassAsync(OverdueWorld world)
    {
        await world.Overdue.RunAsync(Ct);
        return await world.ReminderDuty.RunAsync(Ct);
    }

    [Fact]
    public async Task Duty_RemindsTheBillingContactOnTheFirstOverdueDay_ThenWeekly_AtMostFourTimes()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        await world.AddContactAsync("Dana Kim", "billing@acmeanalytics.com", ContactRole.BillingContact);
        var invoice = await world.IssueDueOnAsync(Due, 4000);

        var sent = new List<(int Day, int Count)>();
        for (var day = 0; day <= 30; day++)
        {
            world.SetFirmTime(Due.AddDays(day), new TimeOnly(8, 0));
            var morning = await PassAsync(world);
            world.SetFirmTime(Due.AddDays(day), new TimeOnly(17, 0));
            var evening = await PassAsync(world);
            if (morning + evening > 0) sent.Add((day, morning + evening));
        }

        sent.ShouldBe([(1, 1), (8, 1), (15, 1), (22, 1)]);
        var saved = await world.ReloadAsync(invoice.Id);
        saved.RemindersSent.ShouldBe(4);
        saved.LastReminderAtUtc.ShouldBe(new DateTime(2027, 1, 21, 8, 0, 0));
        var messages = await world.OutboxAsync(Kind);
        messages.Count.ShouldBe(4);
        messages.ShouldAllBe(m => m.ToAddress == "billing@acmeanalytics.com" && m.ToName == "Dana Kim");
        messages[0].Subject.ShouldBe("Reminder: invoice INV-000001 from Onboarding is 1 day overdue");
        messages[1].Subject.ShouldBe("Reminder: invoice INV-000001 from Onboarding is 8 days overdue");
        messages[0].TextBody.ShouldStartWith("Hi Dana,");
        messages[0].TextBody.ShouldContain("invoice INV-000001 for Acme Analytics was due on Wednesday 30 December 2026 and is now 1 day overdue. The amount still open is USD 4,000.00.");
        messages[0].TextBody.ShouldContain("You can pay by bank transfer or card;");
        messages[0].TextBody.ShouldContain("write to am at am@test");
        messages[0].OnboardingId.ShouldBe(world.OnboardingId);
        (await world.AuditAsync(PaymentReminders.AuditAction))[0]
            .ShouldBe("Reminder 1 for INV-000001 (USD 4,000.00, 1 day overdue) to Dana Kim <billing@acmeanalytics.com>.");
    }

    [Fact]
    public async Task Duty_NoBillingContact_WritesToTheFirstContactWithAnEmail_AndSaysSo()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(1), new TimeOnly(8, 0));

        (await PassAsync(world)).ShouldBe(1);

        (await world.OutboxAsync(Kind)).ShouldHaveSingleItem().ToAddress.ShouldBe("person1@acmeanalytics.com");
        (await world.AuditAsync(PaymentReminders.AuditAction)).ShouldHaveSingleItem()
            .ShouldEndWith("to Person 1 <person1@acmeanalytics.com>, the client having no billing contact with an e-mail address.");
        var overview = await world.Queries.OverviewAsync(world.OnboardingId, world.FinanceActor, Ct);
        overview.Recipient.IsFallback.ShouldBeTrue();
        overview.Recipient.Describe().ShouldBe("Person 1 <person1@acmeanalytics.com> (decision maker: the client has no billing contact with an e-mail address)");
    }

    [Fact]
    public async Task Duty_NobodyWithAnEmail_SkipsTheReminder()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var invoice = await world.IssueDueOnAsync(Due, 4000);
        await world.ClearContactEmailsAsync();
        world.SetFirmTime(Due.AddDays(1), new TimeOnly(8, 0));

        (await PassAsync(world)).ShouldBe(0);

        (await world.OutboxAsync(Kind)).ShouldBeEmpty();
        (await world.ReloadAsync(invoice.Id)).RemindersSent.ShouldBe(0);
        (await world.Queries.OverviewAsync(world.OnboardingId, world.FinanceActor, Ct)).Recipient.Describe().ShouldStartWith("Nobody:");
    }

    [Fact]
    public async Task SendNow_AsFinance_SendsAtOnce_AndTheLadderWaitsAWeekFromIt()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var invoice = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(1), new TimeOnly(8, 0));
        await PassAsync(world);
        world.SetFirmTime(Due.AddDays(4), new TimeOnly(8, 0));
        var current = await world.ReloadAsync(invoice.Id);

        var sent = await world.Reminders.SendNowAsync(invoice.Id, current.ConcurrencyToken, world.FinanceActor, Ct);
        world.SetFirmTime(Due.AddDays(8), new TimeOnly(8, 0));
        var onTheOldDay = await PassAsync(world);
        world.SetFirmTime(Due.AddDays(11), new TimeOnly(8, 0));
        var aWeekAfter = await PassAsync(world);

        sent.ShouldBe(new ReminderSent("INV-000001", "Person 1", "person1@acmeanalytics.com", 2));
        onTheOldDay.ShouldBe(0);
        aWeekAfter.ShouldBe(1);
        (await world.OutboxAsync(Kind)).Count.ShouldBe(3);
        (await world.AuditAsync(PaymentReminders.AuditAction))[1].ShouldStartWith("Reminder 2 for INV-000001 (USD 4,000.00, 4 days overdue)");
    }

    [Fact]
    public async Task SendNow_ByAnAccountManager_WithAStaleToken_OrNotOverdue_IsRefused()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var invoice = await world.IssueDueOnAsync(Due, 4000);

        (await Should.ThrowAsync<DomainException>(() => world.Reminders.SendNowAsync(invoice.Id, invoice.ConcurrencyToken, world.FinanceActor, Ct)))
            .Message.ShouldBe("INV-000001 is not overdue; reminders are for overdue invoices.");
        world.SetFirmTime(Due.AddDays(3), new TimeOnly(8, 0));
        (await Should.ThrowAsync<DomainException>(() => world.Reminders.SendNowAsync(invoice.Id, invoice.ConcurrencyToken, world.AccountManagerActor, Ct)))
            .Message.ShouldBe("Only finance or an admin can send payment reminders.");
        await world.Reminders.SendNowAsync(invoice.Id, invoice.ConcurrencyToken, world.FinanceActor, Ct);
        (await Should.ThrowAsync<DomainException>(() => world.Reminders.SendNowAsync(invoice.Id, invoice.ConcurrencyToken, world.FinanceActor, Ct)))
            .Message.ShouldBe("INV-000001 changed meanwhile; reload and check it again.");
        (await world.OutboxAsync(Kind)).Count.ShouldBe(1);
    }
}

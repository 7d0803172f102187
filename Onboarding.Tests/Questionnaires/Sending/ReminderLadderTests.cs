using Microsoft.EntityFrameworkCore;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Onboardings.Readiness;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Questionnaires.Sending;

/// <summary>
/// The reminder ladder on the fake clock, through the real engine and scheduler: sent on Thursday 26 November 2026 with
/// Tuesday 1 December a holiday, business day 3 is Wednesday 2 December, day 7 Tuesday 8 December and day 10 Friday 11 December.
/// </summary>
public sealed class ReminderLadderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Holiday = new(2026, 12, 1);

    private static Task<OnboardingWorld> WorldAsync() =>
        OnboardingWorld.CreateAsync(new WorkflowOptions { AutomationBackoff = TimeSpan.FromMinutes(1), Holidays = [Holiday] });

    /// <summary>Starts an onboarding and sends its questionnaire on Thursday 26 November, 09:00 UTC.</summary>
    private static async Task<StartedOnboarding> SendOnThursdayAsync(OnboardingWorld world)
    {
        var started = await world.StartAsync();
        await world.DriveToAsync(started, "Send welcome email with questionnaire");
        world.Database.Clock.Advance(TimeSpan.FromDays(2)); // Tuesday 24 -> Thursday 26 November
        await world.SendQuestionnaireAsync(started);
        return started;
    }

    /// <summary>Runs the scheduler every day at 09:00:30 up to <paramref name="last"/>, noting the days each e-mail kind was queued on.</summary>
    private static async Task<Dictionary<string, List<DateOnly>>> RunDailyUntilAsync(OnboardingWorld world, DateOnly last)
    {
        var clock = world.Database.Clock;
        var queued = new Dictionary<string, List<DateOnly>>();
        for (var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1); day <= last; day = day.AddDays(1))
        {
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0, 30)), TimeSpan.Zero);
            clock.Advance(at - clock.GetUtcNow());
            await world.Host.Scheduler.RunDueAsync(Ct);
        }
        var mails = await world.Host.QueryAsync(db => db.OutboxMessages.Select(m => new { m.Kind, m.CreatedAtUtc }).ToListAsync(Ct));
        foreach (var mail in mails)
        {
            (queued.TryGetValue(mail.Kind, out var days) ? days : queued[mail.Kind] = []).Add(DateOnly.FromDateTime(mail.CreatedAtUtc));
        }
        return queued;
    }

    [Fact]
    public async Task Reminders_ComeOnBusinessDays3And7_SkippingTheWeekendAndTheHoliday_AndTheAccountManagerIsAlertedOnDay10()
    {
        await using var world = await WorldAsync();
        var started = await SendOnThursdayAsync(world);
        var due = await world.Host.QueryAsync(db => db.Questionnaires.Select(q => q.DueAtUtc).SingleAsync(Ct));
        due.ShouldBe(new DateTime(2026, 12, 11, 9, 0, 0, DateTimeKind.Utc));

        var queued = await RunDailyUntilAsync(world, new DateOnly(2026, 12, 10));
        queued[DefaultEmailTemplates.QuestionnaireReminder].ShouldBe([new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 8)]);
        queued.ShouldNotContainKey(DefaultEmailTemplates.QuestionnaireOverdue, "day 10 is Friday 11 December");
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldBeEmpty();

        queued = await RunDailyUntilAsync(world, new DateOnly(2026, 12, 14));
        queued[DefaultEmailTemplates.QuestionnaireOverdue].ShouldBe([new DateOnly(2026, 12, 11)]);
        queued[DefaultEmailTemplates.QuestionnaireReminder].Count.ShouldBe(2);
        var alert = await world.Host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == DefaultEmailTemplates.QuestionnaireOverdue, Ct));
        alert.ToAddress.ShouldBe("am@test");
        alert.TextBody.ShouldContain("0% answered");
        alert.TextBody.ShouldContain($"/onboardings/{started.Id}");
        var open = await world.Host.OpenWorkItemsAsync(started.InstanceId);
        open.Single().Title.ShouldBe("Questionnaire overdue: call the client");
        open.Single().OpenedAtUtc.ShouldBe(new DateTime(2026, 12, 11, 9, 0, 30, DateTimeKind.Utc));
        (await world.Host.QueryAsync(db => db.Questionnaires.Select(q => q.RemindersSent).SingleAsync(Ct))).ShouldBe(2);
        var reminder = await world.Host.QueryAsync(db => db.OutboxMessages.FirstAsync(m => m.Kind == DefaultEmailTemplates.QuestionnaireReminder, Ct));
        var sentLink = await world.Host.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == DefaultEmailTemplates.QuestionnaireWelcome).Select(m => m.TextBody).SingleAsync(Ct));
        var link = sentLink.Split('\n').Single(l => l.Contains("/q/", StringComparison.Ordinal)).Trim();
        reminder.TextBody.ShouldContain(link, customMessage: "the reminder carries the client's current link");
    }

    [Fact]
    public async Task AfterSubmit_NoFurtherReminderOrAlertIsSent()
    {
        await using var world = await WorldAsync();
        var started = await SendOnThursdayAsync(world);
        var queued = await RunDailyUntilAsync(world, new DateOnly(2026, 12, 3));
        queued[DefaultEmailTemplates.QuestionnaireReminder].Count.ShouldBe(1);

        await QuestionnaireSenderTests.Submit(world, started.Id);
        await world.Host.Runtime.DeliverMessageAsync(KnownMessages.QuestionnaireSubmitted, started.Id.ToString(), null, "client", Ct);
        (await world.Host.QueryAsync(db => db.WorkflowTimers.CountAsync(t => t.InstanceId == started.InstanceId, Ct))).ShouldBe(0);

        queued = await RunDailyUntilAsync(world, new DateOnly(2026, 12, 18));
        queued[DefaultEmailTemplates.QuestionnaireReminder].Count.ShouldBe(1);
        queued.ShouldNotContainKey(DefaultEmailTemplates.QuestionnaireOverdue);
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldNotContain(w => w.Title.StartsWith("Questionnaire overdue"));
    }

    [Fact]
    public async Task AReminder_Skips_WhenAlreadySubmitted_OrWhenNoLinkIsLive()
    {
        await using var world = await WorldAsync();
        var started = await SendOnThursdayAsync(world);
        await world.Sender().RevokeAsync(started.Id, "am@test", Ct);

        var queued = await RunDailyUntilAsync(world, new DateOnly(2026, 12, 2));
        queued.ShouldNotContainKey(DefaultEmailTemplates.QuestionnaireReminder);
        var skipped = await world.Host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Questionnaire reminder skipped", Ct));
        skipped.Details.ShouldContain("Re-send");

        await QuestionnaireSenderTests.Submit(world, started.Id); // saved, but the workflow has not heard yet
        queued = await RunDailyUntilAsync(world, new DateOnly(2026, 12, 11));
        queued.ShouldNotContainKey(DefaultEmailTemplates.QuestionnaireReminder);
        queued.ShouldNotContainKey(DefaultEmailTemplates.QuestionnaireOverdue);
        var ran = await world.Host.QueryAsync(db => db.JournalEntries.CountAsync(j => j.InstanceId == started.InstanceId && j.Kind == "AutomationSucceeded", Ct));
        ran.ShouldBe(3, "both reminders and the alert ran, and skipped");
    }
}

using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Clients;
using Onboarding.Domain.People;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Onboardings.Billing;
using Onboarding.Workflows.Billing.Overdue;
using Onboarding.Workflows.Billing.Reminders;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using static Onboarding.Tests.Billing.Overdue.OverdueWorld;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>The Billing tab's overdue section on the real services: empty state, rows with the fee and reminders, finance's actions, the account manager's read-only view.</summary>
public sealed class OverdueSectionTests : OnboardingTabContext
{
    private static readonly DateOnly Due = new(2026, 12, 30);
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    [Fact]
    public async Task NothingOverdue_SaysSo()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        await world.IssueDueOnAsync(Due);

        var cut = RenderSection(world, world.World.Finance.Id, "finance@test", Roles.Finance);

        cut.WaitForAssertion(() => cut.Find("[data-testid=overdue-empty]").TextContent.ShouldContain("Nothing overdue"));
        cut.Find("[data-testid=overdue-recipient]").TextContent.ShouldContain("Person 1 <person1@acmeanalytics.com>: the client has no billing contact");
    }

    [Fact]
    public async Task Finance_SeesTheFeeAndReminders_AndAppliesTheFeeAfterConfirming()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        await world.AddContactAsync("Dana Kim", "billing@acmeanalytics.com", ContactRole.BillingContact);
        var invoice = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));
        await world.Overdue.RunAsync(Ct);
        await world.ReminderDuty.RunAsync(Ct);

        var cut = RenderSection(world, world.World.Finance.Id, "finance@test", Roles.Finance);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=overdue-row]").Count.ShouldBe(1));
        cut.Find("[data-testid=overdue-recipient]").TextContent.ShouldContain("the billing contact, Dana Kim <billing@acmeanalytics.com>");
        cut.Find("[data-testid=overdue-days]").TextContent.ShouldBe("15");
        cut.Find("[data-testid=overdue-balance]").TextContent.ShouldBe("USD 4,000.00");
        cut.Find("[data-testid=overdue-reminders]").TextContent.ShouldContain("1 sent");
        cut.Find("[data-testid=overdue-fee-why]").TextContent.ShouldBe("1 period × 1.5% of USD 4,000.00 = USD 60.00; USD 60.00 to apply");

        cut.Find("[data-testid=overdue-apply-fee]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=late-fee-amount]").TextContent.ShouldBe("USD 60.00"));
        dialogs.Find("[data-testid=late-fee-confirm]").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=overdue-fee-why]").TextContent.ShouldEndWith("USD 60.00 already charged; nothing more to apply"));
        var fee = await world.QueryAsync(db => db.Invoices.SingleAsync(i => i.LateFeeForInvoiceId == invoice.Id, Ct));
        fee.Total.ShouldBe(60m);
        fee.Status.ShouldBe(InvoiceStatus.Issued);
        cut.FindAll("[data-testid=overdue-apply-fee]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Finance_SendsAReminderAfterConfirming()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(3), new TimeOnly(10, 0));

        var cut = RenderSection(world, world.World.Finance.Id, "finance@test", Roles.Finance);
        cut.WaitForAssertion(() => cut.Find("[data-testid=overdue-remind]").Click());
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Person 1 &lt;person1@acmeanalytics.com&gt; gets the payment reminder e-mail now"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Send reminder").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=overdue-reminders]").TextContent.ShouldContain("1 sent"));
        (await world.OutboxAsync(DefaultEmailTemplates.PaymentReminder)).ShouldHaveSingleItem().ToAddress.ShouldBe("person1@acmeanalytics.com");
    }

    [Fact]
    public async Task AccountManager_ReadsTheOverdueInvoices_WithoutActions()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));

        var cut = RenderSection(world, world.World.AccountManager.Id, "am@test", Roles.AccountManager);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=overdue-row]").Count.ShouldBe(1));
        cut.Find("[data-testid=overdue-fee-why]").TextContent.ShouldStartWith("1 period × 1.5%");
        cut.FindAll("[data-testid=overdue-remind]").ShouldBeEmpty();
        cut.FindAll("[data-testid=overdue-apply-fee]").ShouldBeEmpty();
        cut.Find("[data-testid=overdue-read-only]").TextContent.ShouldContain("Finance applies late fees");
    }

    private IRenderedComponent<OverdueSection> RenderSection(OverdueWorld world, string userId, string user, string role)
    {
        AddAuthorization().SetAuthorized(user).SetRoles(role).SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        var host = world.World.Host;
        Services.AddSingleton(host.Get<OverdueQueries>());
        Services.AddSingleton(host.Get<PaymentReminders>());
        Services.AddSingleton(host.Get<LateFeeCharger>());
        Services.AddSingleton(host.Get<QuestionnaireMail>());
        Services.AddSingleton<TimeProvider>(world.Clock);
        Services.AddSingleton(world.World.Database.Changes);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render<OverdueSection>(p => p.Add(c => c.OnboardingId, world.OnboardingId).Add(c => c.InstanceId, world.Started.InstanceId));
    }
}

using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Invoices;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Invoices;

/// <summary>Invoices finance writes by hand: hours at the hourly rate, other work; edited and deleted as drafts; issued with a number.</summary>
public sealed class InvoiceDraftsTests
{
    private static InvoiceDraftForm Hours() => new()
    {
        Kind = InvoiceKind.Hours, Title = "Design hours, December",
        Lines = [new() { Description = "Design", Quantity = 12.5m, UnitPrice = 999 }, new() { Description = "Copy", Quantity = 0.25m }],
    };

    private static InvoiceDraftForm Other() => new()
    {
        Title = "Stock photos", Lines = [new() { Description = "Photo licences", Quantity = 3, UnitPrice = 49.99m }],
    };

    [Fact]
    public async Task Create_Hours_BillsHoursTimesTheTermsRate_RoundedToTheCurrency()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly(f => f.HourlyRate = 150.10m));

        var draft = await world.Drafts.CreateAsync(world.OnboardingId, Hours(), world.Finance, Ct);

        var saved = await world.ReloadAsync(draft.Id);
        saved.Lines.OrderBy(l => l.Position).Select(l => (l.Description, l.Quantity, l.UnitPrice, l.Amount)).ShouldBe(
            [("Design", 12.5m, 150.10m, 1_876.25m), ("Copy", 0.25m, 150.10m, 37.53m)]);
        (saved.Status, saved.Number, saved.Total, saved.Currency, saved.ScheduleKey).ShouldBe((InvoiceStatus.Draft, (string?)null, 1_913.78m, "USD", (string?)null));
        (await world.AuditAsync("Invoice draft created")).ShouldHaveSingleItem().ShouldBe("Hours \"Design hours, December\": USD 1,913.78 (2 lines).");
    }

    [Fact]
    public async Task Create_HoursOnFixedFeeTerms_OrWithoutTerms_IsRefused()
    {
        await using var world = await CreateAsync();
        var noTerms = await Should.ThrowAsync<DomainException>(() => world.Drafts.CreateAsync(world.OnboardingId, Other(), world.Finance, Ct));
        await world.SaveAsync(FixedFee(f => { f.DepositValue = 0; f.Milestones[0].Percent = 70; }));

        var hours = await Should.ThrowAsync<ValidationFailedException>(() => world.Drafts.CreateAsync(world.OnboardingId, Hours(), world.Finance, Ct));

        noTerms.Message.ShouldBe("Set the billing terms first: an invoice takes its currency and payment terms from them.");
        hours.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Hours are invoiced at the hourly rate of hourly billing terms; these terms are not hourly, so pick Other.");
    }

    [Fact]
    public async Task Create_BadLines_NameEachField()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly(f => f.Currency = "JPY"));
        var form = new InvoiceDraftForm { Title = " ", Lines = [new() { Description = "", Quantity = 0, UnitPrice = 10.5m }] };

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.Drafts.CreateAsync(world.OnboardingId, form, world.Finance, Ct));

        refused.Errors.Select(e => (e.MemberNames.Single(), e.ErrorMessage)).ShouldBe(
        [
            ("Title", "Give the invoice a title, e.g. \"Design hours, March 2027\"."),
            ("Lines[0].Description", "Line 1 needs a description."),
            ("Lines[0].Quantity", "Line 1's quantity is above 0 and at most 100,000."),
            ("Lines[0].UnitPrice", "JPY has no minor units: write line 1's price without decimals."),
        ]);
    }

    [Fact]
    public async Task Update_ReplacesTheLines_AndAStaleTokenIsRefused()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly());
        var draft = await world.Drafts.CreateAsync(world.OnboardingId, Other(), world.Finance, Ct);
        var form = Other();
        form.Lines.Add(new() { Description = "Retouching", Quantity = 2, UnitPrice = 80 });

        var updated = await world.Drafts.UpdateAsync(draft.Id, draft.ConcurrencyToken, form, world.Finance, Ct);
        var stale = await Should.ThrowAsync<DomainException>(() => world.Drafts.UpdateAsync(draft.Id, draft.ConcurrencyToken, Other(), AdminUser, Ct));

        (await world.ReloadAsync(draft.Id)).Total.ShouldBe(309.97m);
        updated.Lines.Count.ShouldBe(2);
        stale.Message.ShouldBe("finance@test changed the draft \"Stock photos\" meanwhile: it is now draft. Reload and check it before trying again.");
    }

    [Fact]
    public async Task Delete_RemovesTheDraft_ButScheduledDraftsAndIssuedInvoicesAreRefused()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());
        var draft = await world.Drafts.CreateAsync(world.OnboardingId, Other(), world.Finance, Ct);
        var milestone = await world.InvoiceAsync("milestone:1");
        var deposit = await world.InvoiceAsync("deposit");

        await world.Drafts.DeleteAsync(draft.Id, draft.ConcurrencyToken, world.Finance, Ct);
        var scheduled = await Should.ThrowAsync<DomainException>(() => world.Drafts.DeleteAsync(milestone.Id, milestone.ConcurrencyToken, world.Finance, Ct));
        var issued = await Should.ThrowAsync<DomainException>(() => world.Drafts.DeleteAsync(deposit.Id, deposit.ConcurrencyToken, world.Finance, Ct));

        (await world.InvoicesAsync()).ShouldNotContain(i => i.Id == draft.Id);
        scheduled.Message.ShouldBe("\"Milestone 1: Team ready\" comes from the billing terms' schedule: change the terms to change it (issuing it early is fine).");
        issued.Message.ShouldBe("INV-000001 is issued: only drafts can be deleted. Void it instead if it is wrong.");
        (await world.AuditAsync("Invoice draft deleted")).ShouldHaveSingleItem().ShouldBe("Other \"Stock photos\": USD 149.97 (1 line).");
    }

    [Fact]
    public async Task Issue_ADraft_NumbersIt_WithTheTermsNetDays_AndTwiceIsRefused()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly(f => f.PaymentTermDays = 60));
        var draft = await world.Drafts.CreateAsync(world.OnboardingId, Other(), world.Finance, Ct);

        var issued = await world.Issuing.IssueAsync(draft.Id, draft.ConcurrencyToken, world.Finance, Ct);
        var twice = await Should.ThrowAsync<DomainException>(() => world.Issuing.IssueAsync(issued.Id, issued.ConcurrencyToken, world.Finance, Ct));

        (issued.Number, issued.Status, issued.DueOn).ShouldBe(("INV-000001", InvoiceStatus.Issued, (DateOnly?)new DateOnly(2027, 1, 23)));
        twice.Message.ShouldBe("INV-000001 is already issued; only a draft can be issued.");
    }

    [Fact]
    public async Task Issue_AScheduledMilestoneEarly_IsAllowed()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());
        var milestone = await world.InvoiceAsync("milestone:2");

        var issued = await world.Issuing.IssueAsync(milestone.Id, milestone.ConcurrencyToken, AdminUser, Ct);

        (issued.Number, issued.IssuedBy).ShouldBe(("INV-000002", "admin@test"));
    }
}

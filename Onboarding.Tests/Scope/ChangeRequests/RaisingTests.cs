using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>Raising and editing change requests: numbering (also under concurrency), validation, the scope rules, currency and the SOW link.</summary>
public sealed class RaisingTests
{
    [Fact]
    public async Task Raise_Valid_IsADraftNumberedPerOnboarding_LinkedToTheApprovedSow_AndAudited()
    {
        await using var world = await CreateAsync();
        var sow = await world.ApprovedSowAsync();

        var first = await world.RaiseAsync();
        var second = await world.RaiseAsync(Draft("Newsletter template"));

        first.Reference.ShouldBe("CR-001");
        second.Reference.ShouldBe("CR-002");
        var saved = await world.ReloadAsync(first.Id);
        saved.Status.ShouldBe(ChangeRequestStatus.Draft);
        saved.RaisedFrom.ShouldBe(ChangeRequestOrigin.Firm);
        saved.StatementOfWorkId.ShouldBe(sow.Id);
        saved.Currency.ShouldBe("USD");
        saved.Billable.ShouldBeTrue("outside the scope is billable by default");
        saved.ImpactCost.ShouldBe(2400m);
        saved.CreatedBy.ShouldBe("am@test");
        (await world.AuditAsync("Change request raised")).First().ShouldBe(
            "CR-001 \"Two extra landing pages\" (draft), requested by Person 1 on 24 Nov 2026: +16 hours, +USD 2,400.00, 3 business days later; outside the scope, billable, priority high.");
    }

    [Fact]
    public async Task Raise_TwoAtOnce_GetCr001AndCr002()
    {
        await using var world = await CreateAsync();

        var raised = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() => world.RaiseAsync(Draft($"Change {i}")), Ct)));

        raised.Select(c => c.Reference).Order().ShouldBe(["CR-001", "CR-002"]);
        (await world.QueryAsync(db => db.ChangeRequests.Select(c => c.Number).OrderBy(n => n).ToListAsync(Ct))).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Raise_ManyAtOnce_EachGetsItsOwnNumber()
    {
        await using var world = await CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => world.RaiseAsync(Draft($"Change {i}")), Ct)));

        (await world.QueryAsync(db => db.ChangeRequests.Select(c => c.Number).OrderBy(n => n).ToListAsync(Ct))).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task Raise_WithinScope_CostsNothingAndIsNeverBillable_WhateverWasTyped()
    {
        await using var world = await CreateAsync();

        var raised = await world.RaiseAsync(Draft(change: d => { d.WithinScope = true; d.Billable = true; d.ImpactCost = 900; d.ImpactHours = 4; }));

        raised.ImpactCost.ShouldBe(0m);
        raised.Billable.ShouldBeFalse();
        raised.ImpactHours.ShouldBe(4m, "hours within the scope are still recorded");
    }

    [Fact]
    public async Task Raise_OutsideScopeMarkedNotBillable_StaysNotBillable_AndCostIsRoundedToTheCurrency()
    {
        await using var world = await CreateAsync();

        var raised = await world.RaiseAsync(Draft(change: d => { d.Billable = false; d.ImpactCost = 1234.565m; }));

        raised.Billable.ShouldBeFalse();
        raised.ImpactCost.ShouldBe(1234.57m);
    }

    [Fact]
    public async Task Raise_Invalid_NamesEachFieldWithAClearMessage()
    {
        await using var world = await CreateAsync();

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => world.RaiseAsync(Draft(" ", d =>
        {
            d.RequestedBy = "";
            d.RequestedOn = OnboardingWorld.Today.AddDays(1);
            d.ImpactHours = -1;
            d.ImpactCost = -5;
            d.ImpactDays = -2;
            d.Description = new string('x', 4001);
        })));

        var errors = failure.Errors.ToDictionary(e => e.MemberNames.Single(), e => e.ErrorMessage);
        errors[nameof(ChangeRequestDraft.Title)].ShouldBe("Give the change request a title, e.g. \"Two extra landing pages\".");
        errors[nameof(ChangeRequestDraft.RequestedBy)].ShouldBe("Say who asked for the change: a client contact or a team member.");
        errors[nameof(ChangeRequestDraft.RequestedOn)].ShouldBe("The request date cannot be after today (24 Nov 2026).");
        errors[nameof(ChangeRequestDraft.ImpactHours)].ShouldStartWith("Hours cannot be negative");
        errors[nameof(ChangeRequestDraft.ImpactCost)].ShouldStartWith("The cost cannot be negative");
        errors[nameof(ChangeRequestDraft.ImpactDays)].ShouldStartWith("The timeline impact is in business days later");
        errors[nameof(ChangeRequestDraft.Description)].ShouldBe("Keep the description under 4,000 characters (it has 4,001).");
        (await world.QueryAsync(db => db.ChangeRequests.CountAsync(Ct))).ShouldBe(0);
    }

    [Theory]
    [InlineData(10_000.01, 0, 0, "ImpactHours", "More than 10,000 hours is not a change request")]
    [InlineData(1, 100_000_001, 0, "ImpactCost", "A cost over 100,000,000 looks like a typo")]
    [InlineData(1, 1, 251, "ImpactDays", "More than 250 business days")]
    public async Task Raise_ImpactOverTheLimits_IsRefused(double hours, double cost, int days, string field, string message)
    {
        await using var world = await CreateAsync();

        var failure = await Should.ThrowAsync<ValidationFailedException>(() =>
            world.RaiseAsync(Draft(change: d => { d.ImpactHours = (decimal)hours; d.ImpactCost = (decimal)cost; d.ImpactDays = days; })));

        failure.Errors.ShouldHaveSingleItem().MemberNames.ShouldBe([field]);
        failure.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task Raise_AbsurdDateAndLongTitle_AreRefused_AndZeroTimelineIsFine()
    {
        await using var world = await CreateAsync();

        var old = await Should.ThrowAsync<ValidationFailedException>(() => world.RaiseAsync(Draft(new string('t', 201), d => d.RequestedOn = new DateOnly(2006, 11, 24))));
        var zero = await world.RaiseAsync(Draft(change: d => d.ImpactDays = 0));

        old.Errors.Select(e => e.MemberNames.Single()).Order().ShouldBe(["RequestedOn", "Title"]);
        old.Message.ShouldContain("more than 2 years ago; check the year");
        zero.ImpactDays.ShouldBe(0);
    }

    [Fact]
    public async Task Raise_WithoutApprovedSow_UsesTheTypedOrDefaultCurrency_AndOnceApprovedTheSowsCurrencyOnly()
    {
        await using var world = await CreateAsync();

        var typed = await world.RaiseAsync(Draft(change: d => d.Currency = "eur"));
        var defaulted = await world.RaiseAsync();
        await world.ApprovedSowAsync(currency: "GBP");
        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.RaiseAsync(Draft(change: d => d.Currency = "EUR")));
        var onSow = await world.RaiseAsync();

        typed.Currency.ShouldBe("EUR");
        typed.StatementOfWorkId.ShouldBeNull();
        defaulted.Currency.ShouldBe("USD");
        refused.Message.ShouldBe("Changes to SOW v1 are priced in its currency, GBP.");
        onSow.Currency.ShouldBe("GBP");
    }

    [Fact]
    public async Task Update_Editable_SavesAndAuditsWhatChanged_AndAStaleFormIsToldWhatHappened()
    {
        await using var world = await CreateAsync();
        var raised = await world.RaiseAsync();

        var edited = await world.Editor.UpdateAsync(raised.Id, raised.ConcurrencyToken, Draft("Three extra landing pages", d => d.ImpactHours = 24), "ops@test", Ct);
        var stale = await Should.ThrowAsync<ChangeRequestChangedException>(() =>
            world.Editor.UpdateAsync(raised.Id, raised.ConcurrencyToken, Draft("Mine"), "am@test", Ct));

        edited.Title.ShouldBe("Three extra landing pages");
        (await world.AuditAsync("Change request edited")).ShouldHaveSingleItem().ShouldBe(
            "CR-001 \"Three extra landing pages\" (was \"Two extra landing pages\"): +16 hours, +USD 2,400.00, 3 business days later; outside the scope, billable, priority high"
            + " → +24 hours, +USD 2,400.00, 3 business days later; outside the scope, billable, priority high.");
        stale.Message.ShouldBe("CR-001 was changed by ops@test a moment ago: it is now draft. The list shows it as it is now; check it before trying again.");
        (await world.ReloadAsync(raised.Id)).Title.ShouldBe("Three extra landing pages");
    }
}

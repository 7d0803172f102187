using Microsoft.Extensions.Configuration;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>v1 starts from what the onboarding knows; deliverables and exclusions are left to the account manager.</summary>
public sealed class SowPrefillTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_FromAnOnboardingWithGoalsContactsAndKickoff_PrefillsTheDraft()
    {
        await using var world = await SowWorld.CreateAsync();

        var v1 = await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);

        v1.Version.ShouldBe(1);
        v1.Status.ShouldBe(SowStatus.Draft);
        var c = v1.Content;
        c.Title.ShouldBe("Statement of work: Acme Analytics");
        c.Currency.ShouldBe("USD");
        c.HourlyRate.ShouldBe(150m);
        c.StartDate.ShouldBe(new DateOnly(2026, 11, 24));
        c.EndDate.ShouldBe(new DateOnly(2027, 6, 30), "the latest goal's target date");
        c.Contacts.Select(x => $"{x.Name} | {x.Role} | {x.Email}").ShouldBe([
            "Person 1 | Decision maker | person1@acmeanalytics.com",
            "Person 2 | Marketing manager | person2@acmeanalytics.com",
            "am | Account manager, Onboarding | am@test",
        ]);
        c.Goals.ShouldBe(["Organic sessions per month from 12,000 to 18,000 by 30 June 2027."]);
        c.Milestones.ShouldBe([
            new SowMilestone("Client kickoff meeting", new DateOnly(2026, 12, 1), "Team, plan and ways of working agreed"),
            new SowMilestone("First report", new DateOnly(2027, 1, 5), "Monthly reports from then on"),
        ]);
        c.Deliverables.ShouldBeEmpty();
        c.Exclusions.ShouldBeEmpty();
        c.Phase2.ShouldBeEmpty("the default questionnaire asks nothing about further services");
        c.Assumptions.ShouldContain(a => a.Contains("Acme Analytics gives feedback"));
        c.ChangeProcess.ShouldContain("written change request");
        c.ChangeProcess.ShouldContain("impact on hours, cost and timeline");
        c.PaymentTerms.ShouldContain("invoiced in USD");
        c.Acceptance.ShouldStartWith("By approving, you confirm");
        (await world.AuditAsync()).ShouldContain(a => a.StartsWith("Statement of work started: v1 started from the onboarding") && a.EndsWith("[am@test]"));
    }

    [Fact]
    public async Task Start_WhenAVersionExists_IsRefusedWithWhoStartedIt()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);

        var refused = await Should.ThrowAsync<Onboarding.Domain.Common.DomainException>(() => world.Drafts.StartAsync(world.OnboardingId, "ops@test", Ct));

        refused.Message.ShouldBe("The statement of work was already started by am@test on Tuesday 24 November, 09:00. Reload the Scope tab to edit it.");
    }

    [Theory]
    [InlineData("EUR", "95.5", "EUR", 95.5)]
    [InlineData("gbp", "200", "GBP", 200)]
    [InlineData("euros", "-3", "USD", 150)]
    [InlineData(null, null, "USD", 150)]
    public void Options_FromConfiguration_KeepDefaultsForWhatIsMissingOrWrong(string? currency, string? rate, string expectedCurrency, decimal expectedRate)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Scope:Currency"] = currency, ["Scope:HourlyRate"] = rate }).Build();

        var options = ScopeOptions.From(configuration);

        options.Currency.ShouldBe(expectedCurrency);
        options.HourlyRate.ShouldBe(expectedRate);
    }
}

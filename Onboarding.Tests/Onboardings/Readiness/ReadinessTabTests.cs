using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Web.Onboardings.Readiness;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Readiness;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>The readiness tab on the real services: each section says whether its gate check is met, and changes as records are saved.</summary>
public sealed class ReadinessTabTests : OnboardingTabContext
{
    public ReadinessTabTests()
    {
        AddAuthorization().SetAuthorized("am@test");
    }

    private async Task<(StartedOnboarding Started, IRenderedComponent<ReadinessTab> Tab)> RenderAsync(OnboardingWorld world)
    {
        var started = await world.StartAsync();
        Services.AddSingleton(world.Database.Changes);
        Services.AddSingleton(world.Readiness());
        Services.AddSingleton(world.Goals());
        Services.AddSingleton(world.CommunicationPlans());
        Services.AddSingleton(world.ReportingPlans());
        Services.AddSingleton(world.BrandGuidelines());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Questionnaires.QuestionnaireIntake>());
        var tab = Render<ReadinessTab>(p => p.Add(t => t.OnboardingId, started.Id).Add(t => t.InstanceId, started.InstanceId));
        tab.WaitForElement("[data-testid=readiness-goals]");
        return (started, tab);
    }

    private static string Met(IRenderedComponent<ReadinessTab> tab, string section) =>
        tab.Find($"[data-testid={section}] [data-testid=gate-check]").GetAttribute("data-met")!;

    private static void Fill(IRenderedComponent<ReadinessTab> tab, string form, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            tab.FindAll($"[data-testid={form}] input:not([type=hidden])")[i].Change(values[i]);
        }
    }

    [Fact]
    public async Task Goals_MissingThenAGoalIsAdded_TheCheckIsMet_AndTheGoalIsListed()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, tab) = await RenderAsync(world);
        Met(tab, "readiness-goals").ShouldBe("false");
        tab.Find("[data-testid=readiness-goals] [data-testid=gate-missing]").TextContent.ShouldBe("Add at least one goal with a metric, its baseline, a target and a date.");

        await tab.Find("[data-testid=add-goal]").ClickAsync(new());
        Fill(tab, "goal-form", "Organic sessions a month", "4,200", "6,000", "31 Mar 2027");
        await tab.Find("[data-testid=goal-form] form").SubmitAsync();

        tab.WaitForAssertion(() => Met(tab, "readiness-goals").ShouldBe("true"));
        tab.FindAll("[data-testid=goal]").ShouldHaveSingleItem().TextContent.ShouldContain("Organic sessions a month");
        tab.FindAll("[data-testid=goal-form]").ShouldBeEmpty();
        tab.Find("[data-testid=readiness-goals] [data-testid=last-saved]").TextContent.ShouldStartWith("Last saved by am@test on 24 Nov 2026");
        (await world.Readiness().GetAsync(started.Id, Ct))!.Goals.ShouldHaveSingleItem().TargetDate.ShouldBe(new DateOnly(2027, 3, 31));
    }

    [Fact]
    public async Task Goals_VagueGoal_ShowsWhyOnTheFields_AndSavesNothing()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, tab) = await RenderAsync(world);

        await tab.Find("[data-testid=add-goal]").ClickAsync(new());
        Fill(tab, "goal-form", "More traffic", "low", "more", "31 Mar 2027");
        await tab.Find("[data-testid=goal-form] form").SubmitAsync();

        tab.WaitForAssertion(() => tab.Find("[data-testid=goal-form]").TextContent.ShouldContain("\"More\" says which way to go, not what to measure."));
        tab.Find("[data-testid=goal-form]").TextContent.ShouldContain("The baseline needs a number.");
        Met(tab, "readiness-goals").ShouldBe("false");
        (await world.Readiness().GetAsync(started.Id, Ct))!.Goals.ShouldBeEmpty();
    }

    [Fact]
    public async Task CommunicationPlan_SavedBySomeoneElse_TheTabUpdatesWithoutAReload()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, tab) = await RenderAsync(world);
        Met(tab, "readiness-communication").ShouldBe("false");

        await world.CommunicationPlans().SaveAsync(started.Id, ValidDrafts.CommunicationPlan(), "ops@test", Ct);

        tab.WaitForAssertion(() => Met(tab, "readiness-communication").ShouldBe("true"));
        tab.Find("[data-testid=communication-plan]").TextContent.ShouldContain("Call Alex on +44 20 7946 0018");
        tab.Find("[data-testid=readiness-communication] [data-testid=last-saved]").TextContent.ShouldStartWith("Last saved by ops@test");
    }

    [Fact]
    public async Task KeyContacts_ShowTheClientsContacts_AndLinkToTheClientPage()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (_, tab) = await RenderAsync(world);

        Met(tab, "readiness-contacts").ShouldBe("true");
        tab.FindAll("[data-testid=key-contact]").Count.ShouldBe(2);
        tab.FindAll("[data-testid=signer]").ShouldBeEmpty();
        tab.Find("[data-testid=edit-contacts]").GetAttribute("href").ShouldBe($"/clients/{world.ClientId}/edit");
    }
}

using Onboarding.Workflows.Onboardings;

namespace Onboarding.Tests.Onboardings;

public sealed class OnboardingQueriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_JustStarted_ShowsTheFirstStageCurrentAndItsWorkItemForTheAccountManager()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var view = (await world.Queries.GetAsync(started.Id, Ct)).ShouldNotBeNull();

        view.Summary.ClientName.ShouldBe("Acme Analytics");
        view.Summary.PlaybookName.ShouldBe("Client onboarding");
        view.Summary.VersionNumber.ShouldBe(1);
        view.Summary.AccountManager.ShouldBe("am");
        view.Stages.Count.ShouldBe(7);
        view.Stages[0].State.ShouldBe(StageState.Current);
        view.Stages[0].WaitingFor.ShouldBe([new StageWait("Contract & payment", WaitKind.WorkItem, "Send contract for e-signature", "am")]);
        view.Stages.Skip(1).ShouldAllBe(s => s.State == StageState.Upcoming);
        view.OpenWorkItems.Single().Assignee.ShouldBe("am");
        view.Team.Select(m => m.Role).ShouldBe(["Ops lead", "Finance"]);
    }

    [Fact]
    public async Task Get_WaitingForTheDeposit_ThenForTheQuestionnaire_SaysPaymentThenClientAndTheRemindersTimers()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.CompleteOpenWorkAsync(started);

        var deposit = (await world.Queries.GetAsync(started.Id, Ct)).ShouldNotBeNull().Stages[0];
        deposit.State.ShouldBe(StageState.Current);
        deposit.WaitingFor.ShouldBe([new StageWait("Contract & payment", WaitKind.Payment, "Waiting for deposit · no deposit invoice yet")]);

        await world.PayDepositAsync(started);
        await world.CompleteOpenWorkAsync(started);

        var questionnaire = (await world.Queries.GetAsync(started.Id, Ct)).ShouldNotBeNull().Stages.Single(s => s.State == StageState.Current);
        questionnaire.Name.ShouldBe("Questionnaire");
        questionnaire.WaitingFor.Select(w => (w.Kind, w.Element)).ShouldBe([
            (WaitKind.Client, "Questionnaire submitted"), (WaitKind.Timer, "3 business days"), (WaitKind.Timer, "7 business days"), (WaitKind.Timer, "10 business days")]);
        questionnaire.WaitingFor.Where(w => w.Kind == WaitKind.Timer).ShouldAllBe(w => w.AtUtc > world.Database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task ActiveForClient_RunningThenCancelled_FindsItOnlyWhileItRuns()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        (await world.Queries.ActiveForClientAsync(world.ClientId, Ct)).ShouldNotBeNull().Id.ShouldBe(started.Id);
        await world.Host.Runtime.CancelAsync(started.InstanceId, "Paused", "ops@test", Ct);
        (await world.Queries.ActiveForClientAsync(world.ClientId, Ct)).ShouldBeNull();
    }
}

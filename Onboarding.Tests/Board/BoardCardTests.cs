using Bunit;
using MudBlazor.Services;
using Onboarding.Web.Board;
using Onboarding.Workflows.Onboardings.Board;

namespace Onboarding.Tests.Board;

public sealed class BoardCardTests : BunitContext
{
    public BoardCardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static readonly Guid Id = Guid.Parse("0b6f1f52-3c1e-4f0e-9d55-2f1f0b7a9c11");

    private static BoardItem Item(Health health, int overdue, NextAction next) =>
        new(Id, "Atlas Freight Systems", "Alex Morgan", "Client onboarding", 2, "Internal kickoff", 1, 4, 3, overdue, next, health);

    [Fact]
    public void Render_LateWithOverdueWork_ShowsEveryFieldAndLinksToTheOnboarding()
    {
        var next = new NextAction(NextActionKind.WorkItem, "Assign team and roles", "Priya Shah", new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc));

        var cut = Render<BoardCard>(p => p.Add(c => c.Item, Item(Health.Late, 2, next)));

        var card = cut.Find("[data-testid=board-card]");
        card.GetAttribute("href").ShouldBe($"/onboardings/{Id}");
        card.GetAttribute("data-client").ShouldBe("Atlas Freight Systems");
        card.GetAttribute("title").ShouldBe("Client onboarding v2");
        cut.Find("[data-testid=board-card-client]").TextContent.ShouldBe("Atlas Freight Systems");
        cut.Find("[data-testid=board-card-am]").TextContent.ShouldBe("Alex Morgan");
        cut.Find("[data-testid=board-card-days]").TextContent.ShouldBe("4 days in stage");
        cut.Find("[data-testid=board-card-open]").TextContent.ShouldBe("3 open");
        cut.Find("[data-testid=board-card-overdue]").TextContent.ShouldBe("2 overdue");
        cut.Find("[data-testid=next-action]").TextContent.ShouldBe("Assign team and roles · Priya Shah · due 26 Nov");
        var health = cut.Find("[data-testid=health-mark]");
        health.TextContent.Trim().ShouldBe("■Late");
        health.ClassList.ShouldContain("health-late");
    }

    [Fact]
    public void Render_OnTrackWaitingForTheClient_ShowsTheWaitAndNoOverdueCount()
    {
        var cut = Render<BoardCard>(p => p.Add(c => c.Item, Item(Health.OnTrack, 0, NextAction.ForMessage("QuestionnaireSubmitted")) with { DaysInStage = 1 }));

        cut.FindAll("[data-testid=board-card-overdue]").ShouldBeEmpty();
        cut.Find("[data-testid=board-card-days]").TextContent.ShouldBe("1 day in stage");
        cut.Find("[data-testid=next-action]").TextContent.ShouldBe("Waits for the client: Questionnaire submitted");
        cut.Find("[data-testid=next-action]").GetAttribute("data-kind").ShouldBe("Client");
        cut.Find("[data-testid=health-mark]").TextContent.Trim().ShouldBe("●On track");
    }

    [Fact]
    public void Render_AtRiskWaitingForPayment_SaysSoInWords()
    {
        var cut = Render<BoardCard>(p => p.Add(c => c.Item, Item(Health.AtRisk, 0, NextAction.ForMessage("DepositPaid"))));

        cut.Find("[data-testid=next-action]").TextContent.ShouldBe("Waiting for deposit · no deposit invoice yet");
        cut.Find("[data-testid=next-action]").GetAttribute("data-kind").ShouldBe("Payment");
        cut.Find("[data-testid=health-mark]").GetAttribute("data-health").ShouldBe("AtRisk");
        cut.Find("[data-testid=health-mark]").TextContent.ShouldContain("At risk");
    }
}

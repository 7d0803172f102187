using Onboarding.Domain.Common;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Runtime;

/// <summary>A draft's stage list as the stages editor changes it: saved in order, checked, used by the validator and compared.</summary>
public sealed class PlaybookStagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Processes.ThreeTasks: t1 and t2 in "Contract", t3 in "Kickoff".
    private static readonly IReadOnlyList<PlaybookStage> Original = [new("Contract", "#1565c0"), new("Kickoff", "#00838f")];

    [Fact]
    public async Task SaveDraft_EditedStages_ComeBackInOrder_AndTheValidatorChecksTasksAgainstThem()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var draft = await host.Catalog.CreateAsync(new NewPlaybook("three", "Three", null, Processes.ThreeTasks, Original), "ops@test", Ct);
        var token = (await host.Catalog.GetVersionAsync(draft, Ct)).ConcurrencyToken;
        IReadOnlyList<PlaybookStage> edited = [new("Kickoff", "#c62828"), new("Delivery", "#2e7d32"), new("Signed contract", "#1565c0")];

        await host.Catalog.SaveDraftAsync(draft, Processes.ThreeTasks, edited, token, "priya", Ct);

        var saved = await host.Catalog.GetVersionAsync(draft, Ct);
        PlaybookCatalog.Stages(saved).ShouldBe(edited);
        var findings = host.Get<PlaybookChecks>().Check(saved.Xml, PlaybookCatalog.Stages(saved));
        findings.Where(f => f.Code == "stage").Select(f => f.ElementId).ShouldBe(["t1", "t2"], ignoreOrder: true);
        findings.First(f => f.ElementId == "t1").Message.ShouldContain("use one of: Kickoff, Delivery, Signed contract");
        var refused = await Should.ThrowAsync<PublishRefusedException>(() => host.Catalog.PublishAsync(draft, "priya", Ct));
        refused.Findings.ShouldContain(f => f.Code == "stage" && f.ElementId == "t2");
    }

    [Theory]
    [InlineData("contract", "#00838f", "Stage 2: There is already a stage named 'contract'.")]
    [InlineData("Kickoff", "teal", "Stage 2: Enter the colour as # and six hex digits")]
    [InlineData(" ", "#00838f", "Stage 2: Give the stage a name.")]
    public async Task SaveDraft_InvalidStages_AreRefusedWithTheProblem_AndNothingIsStored(string name, string colour, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var draft = await host.Catalog.CreateAsync(new NewPlaybook("three", "Three", null, Processes.ThreeTasks, Original), "ops@test", Ct);
        var token = (await host.Catalog.GetVersionAsync(draft, Ct)).ConcurrencyToken;

        var error = await Should.ThrowAsync<DomainException>(() =>
            host.Catalog.SaveDraftAsync(draft, Processes.ThreeTasks, [Original[0], new(name, colour)], token, "priya", Ct));

        error.Message.ShouldStartWith(message);
        PlaybookCatalog.Stages(await host.Catalog.GetVersionAsync(draft, Ct)).ShouldBe(Original);
    }

    [Fact]
    public void ElementsByStage_ListsEachStagesElementsInDocumentOrder_AndNothingForUnreadableXml()
    {
        var usage = StageUsage.ElementsByStage(PlaybookChecks.Read(Processes.ThreeTasks).Model);

        usage["Contract"].ShouldBe(["t1", "t2"]);
        usage["Kickoff"].ShouldBe(["t3"]);
        StageUsage.ElementsByStage(PlaybookChecks.Read("<not-bpmn").Model).ShouldBeEmpty();
    }

    [Fact]
    public void Compare_StageLists_NamesAddedAndRemoved_AndNoticesOrderOrColour()
    {
        StageComparison.Compare(Original, Original).IsEmpty.ShouldBeTrue();

        var renamed = StageComparison.Compare(Original, [new("Signed contract", "#1565c0"), Original[1]]);
        renamed.Added.ShouldBe(["Signed contract"]);
        renamed.Removed.ShouldBe(["Contract"]);
        renamed.OrderOrColoursChanged.ShouldBeFalse();

        StageComparison.Compare(Original, [Original[1], Original[0]]).OrderOrColoursChanged.ShouldBeTrue();
        StageComparison.Compare(Original, [Original[0], Original[1] with { Colour = "#c62828" }]).OrderOrColoursChanged.ShouldBeTrue();

        var model = BpmnReader.Read(Processes.ThreeTasks);
        var comparison = VersionComparison.Compare(model, Original, model, [.. Original, new("Delivery", "#2e7d32")]);
        comparison.IsEmpty.ShouldBeFalse();
        comparison.Stages.Added.ShouldBe(["Delivery"]);
    }
}

using Onboarding.Web.Playbooks.Cli;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Playbooks;

public sealed class PlaybookSimulateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("playbook-sim-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public async Task Simulate_DefaultPlaybook_CompletesAndExitsZero()
    {
        var exit = await Run(Write("client-onboarding.bpmn", DefaultPlaybook.Xml), "--start", "2026-12-01");

        exit.ShouldBe(0, error.ToString() + output);
        var text = output.ToString();
        text.ShouldContain("from Tue 1 Dec 2026 09:00 UTC");
        text.ShouldContain("Tue 1 Dec 09:00   Contract & payment  Deal won (Start_DealWon)");
        text.ShouldContain("Completed after ");
        text.ShouldContain(" elements visited.");
        text.ShouldNotContain("no-ops");
        text.IndexOf("Send contract for e-signature", StringComparison.Ordinal)
            .ShouldBeLessThan(text.IndexOf("Confirm scope with the client", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_Variables_ChooseThePath()
    {
        var exit = await Run(Write("client-onboarding.bpmn", DefaultPlaybook.Xml), "--start", "2026-12-01", "--var", "phase2Interest=true");

        exit.ShouldBe(0);
        output.ToString().ShouldContain("Record Phase 2 interests (Task_RecordPhase2)");
    }

    [Fact]
    public async Task Simulate_LateQuestionnaire_ShowsTheReminders()
    {
        var exit = await Run(Write("client-onboarding.bpmn", DefaultPlaybook.Xml), "--start", "2026-12-01", "--late", "QuestionnaireSubmitted=12");

        exit.ShouldBe(0);
        output.ToString().ShouldContain("QuestionnaireSubmitted 12 business days late");
        output.ToString().ShouldContain("Questionnaire overdue: call the client (Task_QuestionnaireOverdue)");
    }

    [Fact]
    public async Task Simulate_ExclusiveBranchSkippingTheParallelJoin_ExitsTwoNamingTheJoin()
    {
        var exit = await Run(Write("skipping.bpmn", Processes.ExclusiveBranchSkippingTheJoin), "--start", "2026-12-01");

        exit.ShouldBe(2, error.ToString() + output);
        var text = output.ToString();
        text.ShouldContain("warning  Gateway_Join  ");
        text.ShouldContain("Stuck at 'Both done' (Gateway_Join)");
        text.ShouldContain("fromA (from 'A')");
        text.ShouldContain("exclusive gateway 'Which?' (Gateway_Choose)");
    }

    [Fact]
    public async Task Simulate_ExclusiveBranchSkippingTheParallelJoin_CompletesWhenTheVariablesTakeThePathToTheJoin()
    {
        var exit = await Run(Write("skipping.bpmn", Processes.ExclusiveBranchSkippingTheJoin), "--start", "2026-12-01", "--var", "wantsA=true");

        exit.ShouldBe(0, output.ToString());
    }

    [Fact]
    public async Task Simulate_ExclusiveSplitIntoParallelJoin_IsRefusedByValidationNamingTheJoin()
    {
        var exit = await Run(Write("deadlock.bpmn", Processes.ExclusiveSplitIntoParallelJoin), "--start", "2026-12-01");

        exit.ShouldBe(1);
        output.ToString().ShouldContain("error  Gateway_Join  ");
        output.ToString().ShouldContain("Not simulated");
    }

    [Fact]
    public async Task Simulate_InvalidPlaybook_PrintsTheErrorsAndExitsOne()
    {
        var file = Write("broken.bpmn", Processes.Linear("""<bpmn:userTask id="Task_NoRole" name="Who does this?" />"""));

        var exit = await Run(file);

        exit.ShouldBe(1);
        output.ToString().ShouldContain("error  Task_NoRole  ");
        output.ToString().ShouldContain("Not simulated");
    }

    [Fact]
    public async Task Simulate_MiwgA10_CompletesWithItsThreeTasksAsNoOps()
    {
        var exit = await Run(SharedFiles.Path("bpmn-samples", "miwg", "A.1.0.bpmn"), "--start", "2026-12-01");

        exit.ShouldBe(0, error.ToString() + output);
        var text = output.ToString();
        text.ShouldContain("Completed after 0 business days");
        var noOps = text[text.IndexOf("No automation here: these ran as no-ops:", StringComparison.Ordinal)..];
        noOps.ShouldContain("Task 1 (_ec59e164-68b4-4f94-98de-ffb1c58a84af)");
        noOps.ShouldContain("Task 2 (_820c21c0-45f3-473b-813f-06381cc637cd)");
        noOps.ShouldContain("Task 3 (_e70a6fcb-913c-4a7b-a65d-e83adc73d69c)");
    }

    private Task<int> Run(params string[] args) =>
        PlaybookCommand.RunAsync(["playbook", "simulate", .. args], output, error, PlaybookCommand.RegisteredAutomations());

    private string Write(string name, string xml)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, xml);
        return path;
    }
}

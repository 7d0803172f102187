using System.Text.Json.Nodes;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Simulation;

namespace Onboarding.Tests.Workflows.Simulation;

public sealed class DefaultPlaybookSimulationTests
{
    private static readonly DateTime Tuesday = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    private static SimulationResult Simulate(Func<SimulationOptions, SimulationOptions>? with = null)
    {
        var options = new SimulationOptions { StartUtc = Tuesday };
        return PlaybookSimulator.Run(BpmnReader.Read(DefaultPlaybook.Xml), with is null ? options : with(options));
    }

    private static Dictionary<string, int> Late(string message, int days) => new() { [message] = days };

    [Fact]
    public void Run_Completes_GoingThroughTheSevenStagesInOrder()
    {
        var result = Simulate();

        result.Outcome.ShouldBe(SimulationOutcome.Completed);
        result.Incidents.ShouldBeEmpty();
        result.NoOps.ShouldBeEmpty();
        result.Visits.Select(v => v.Stage).Distinct().ShouldBe(DefaultPlaybook.Stages.Select(s => s.Name));
        result.Visits[0].NodeId.ShouldBe("Start_DealWon");
        result.Visits[^1].NodeId.ShouldBe("End_ClientOnboarded");
        result.Visits.Select(v => v.AtUtc).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Run_InterleavesTechSetupAndReporting_BetweenTheQuestionnaireAndTheClientKickoff()
    {
        var stages = Simulate().Visits.Select(v => v.Stage!).ToList();

        var tech = Indexes(stages, "Tech setup");
        var reporting = Indexes(stages, "Reporting");
        reporting.Min().ShouldBeLessThan(tech.Max());
        tech.Min().ShouldBeLessThan(reporting.Max());
        tech.Concat(reporting).Min().ShouldBeGreaterThan(Indexes(stages, "Questionnaire").Max());
        tech.Concat(reporting).Max().ShouldBeLessThan(Indexes(stages, "Client kickoff").Min());
    }

    [Fact]
    public void Run_LateQuestionnaire_RemindsOnBusinessDays3And7AndAlertsOn10()
    {
        var result = Simulate(o => o with { MessageDelays = Late(KnownMessages.QuestionnaireSubmitted, 12) });

        var waitStarted = Visit(result, "SubProcess_AwaitQuestionnaire").AtUtc;
        Visit(result, "Timer_Reminder3").AtUtc.ShouldBe(Calendar.AddBusinessDays(waitStarted, 3));
        Visit(result, "Timer_Reminder7").AtUtc.ShouldBe(Calendar.AddBusinessDays(waitStarted, 7));
        Visit(result, "Timer_Overdue10").AtUtc.ShouldBe(Calendar.AddBusinessDays(waitStarted, 10));
        Visit(result, "Task_RemindQuestionnaire3").Stage.ShouldBe("Questionnaire");
        Visit(result, "Task_QuestionnaireOverdue").What.ShouldContain("AccountManager");
        Visit(result, "Catch_QuestionnaireSubmitted").What.ShouldContain("received");
        result.Outcome.ShouldBe(SimulationOutcome.Completed);
    }

    [Fact]
    public void Run_QuestionnaireAnsweredOnDay5_StopsTheRemindersThatAreNotDueYet()
    {
        var result = Simulate(o => o with { MessageDelays = Late(KnownMessages.QuestionnaireSubmitted, 5) });

        var ids = result.Visits.Select(v => v.NodeId).ToList();
        ids.ShouldContain("Timer_Reminder3");
        ids.ShouldNotContain("Timer_Reminder7");
        ids.ShouldNotContain("Timer_Overdue10");
        result.Journal.ShouldNotContain(l => l.Kind == JournalKind.TimerFired && IsQuestionnaireTimer(l.NodeId) && l.AtUtc > Visit(result, "End_AnswersReceived").AtUtc);
        result.Outcome.ShouldBe(SimulationOutcome.Completed);
    }

    [Fact]
    public void Run_QuestionnaireAnsweredAtOnce_SendsNoReminder()
    {
        var result = Simulate();

        result.Visits.ShouldNotContain(v => IsQuestionnaireTimer(v.NodeId));
        result.Journal.ShouldNotContain(l => l.Kind == JournalKind.TimerFired && IsQuestionnaireTimer(l.NodeId));
    }

    /// <summary>The questionnaire's reminder ladder (the scope check-in cadence runs later, whatever the client does).</summary>
    private static bool IsQuestionnaireTimer(string? nodeId) => nodeId is "Timer_Reminder3" or "Timer_Reminder7" or "Timer_Overdue10";

    [Fact]
    public void Run_DepositPaidLate_OpensNothingOfTheInternalKickoffBeforeIt()
    {
        var result = Simulate(o => o with { MessageDelays = Late(KnownMessages.DepositPaid, 5) });

        var paid = result.Journal.ToList().FindIndex(l => l.Kind == JournalKind.MessageReceived && l.NodeId == "Catch_DepositPaid");
        paid.ShouldBeGreaterThan(0);
        var internalKickoff = BpmnReader.Read(DefaultPlaybook.Xml).NodesInDocumentOrder.Where(n => n.Stage == "Internal kickoff").Select(n => n.Id).ToHashSet();
        result.Journal.Take(paid).ShouldNotContain(l => l.NodeId != null && internalKickoff.Contains(l.NodeId));
        var paidAt = result.Journal[paid].AtUtc;
        paidAt.ShouldBe(Calendar.AddBusinessDays(Visit(result, "Catch_DepositPaid").AtUtc, 5));
        result.Visits.Where(v => v.Stage == "Internal kickoff").ShouldAllBe(v => v.AtUtc >= paidAt);
    }

    [Fact]
    public void Run_Phase2Interest_RecordsThePhase2Services()
    {
        var with = Simulate(o => o with { Variables = new JsonObject { ["phase2Interest"] = true } });
        var without = Simulate();

        with.Visits.ShouldContain(v => v.NodeId == "Task_RecordPhase2");
        without.Visits.ShouldNotContain(v => v.NodeId == "Task_RecordPhase2");
        Visit(without, "Gateway_Phase2").What.ShouldContain("No");
    }

    [Fact]
    public void Run_EveryWorkItem_IsCompletedExactlyOnce()
    {
        var result = Simulate(o => o with { MessageDelays = Late(KnownMessages.QuestionnaireSubmitted, 12) });

        var opened = result.Journal.Where(l => l.Kind == JournalKind.WorkItemOpened).Select(l => l.TokenId).ToList();
        var completed = result.Journal.Where(l => l.Kind == JournalKind.WorkItemCompleted).Select(l => l.TokenId).ToList();
        completed.ShouldBeUnique();
        completed.ShouldBe(opened, ignoreOrder: true);
    }

    private static SimulatedVisit Visit(SimulationResult result, string nodeId) => result.Visits.Single(v => v.NodeId == nodeId);

    private static List<int> Indexes(List<string> stages, string stage) =>
        [.. stages.Select((s, i) => (s, i)).Where(p => p.s == stage).Select(p => p.i)];
}

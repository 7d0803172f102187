using System.Text.RegularExpressions;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Playbooks;

public sealed partial class DefaultPlaybookTests
{
    private static readonly string[] Roles = ["AccountManager", "OpsLead", "Finance", "Admin"];

    private static ProcessModel Model => BpmnReader.Read(DefaultPlaybook.Xml);

    private static readonly HashSet<string> QuestionnaireAutomations = [QuestionnaireReminderAutomation.AutomationName, QuestionnaireOverdueAlertAutomation.AutomationName];

    [Fact]
    public void Xml_ReadsAndValidates_WithNoFindings()
    {
        var context = new ValidationContext(QuestionnaireAutomations, KnownMessages.All, [.. DefaultPlaybook.Stages.Select(s => s.Name)]);

        var findings = ProcessValidator.Validate(Model, context);

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings.Select(f => $"{f.Severity} {f.Code} {f.ElementId}: {f.Message}")));
        Model.Unsupported.ShouldBeEmpty();
    }

    [Fact]
    public void Stages_AreTheSevenOfTheDomainInOrder_EachWithAColour()
    {
        DefaultPlaybook.Stages.Select(s => s.Name).ShouldBe(
            ["Contract & payment", "Internal kickoff", "Questionnaire", "Tech setup", "Reporting", "Client kickoff", "Scope guard"]);
        DefaultPlaybook.Stages.ShouldAllBe(s => HexColour().IsMatch(s.Colour));
        DefaultPlaybook.Stages.Select(s => s.Colour).ShouldBeUnique();
    }

    [Fact]
    public void Process_IsKeyedAndNamedLikeThePlaybook()
    {
        Model.Id.ShouldBe(DefaultPlaybook.Key);
        Model.Name.ShouldBe(DefaultPlaybook.Name);
    }

    [Fact]
    public void EveryElement_HasAStageOfThePlaybook()
    {
        var stages = DefaultPlaybook.Stages.Select(s => s.Name).ToHashSet();

        Model.NodesInDocumentOrder.ShouldAllBe(n => n.Stage != null && stages.Contains(n.Stage));
        Model.NodesInDocumentOrder.Select(n => n.Stage).Distinct().Count().ShouldBe(7);
    }

    [Fact]
    public void EveryUserTask_HasARoleDueDaysAndAChecklist()
    {
        var tasks = Model.NodesInDocumentOrder.Where(n => n.Kind == NodeKind.UserTask).ToList();

        tasks.Count.ShouldBeGreaterThanOrEqualTo(20);
        foreach (var task in tasks)
        {
            Roles.ShouldContain(task.Role, $"{task.Id} role");
            task.DueBusinessDays.ShouldNotBeNull($"{task.Id} due days");
            task.DueBusinessDays.Value.ShouldBeInRange(1, 10);
            task.Checklist.ShouldNotBeEmpty($"{task.Id} checklist");
        }

        // The only automated steps: the questionnaire's reminders and overdue alert.
        Model.NodesInDocumentOrder.Where(n => n.Kind == NodeKind.ServiceTask).Select(n => n.Automation).ShouldBe(
            [QuestionnaireReminderAutomation.AutomationName, QuestionnaireReminderAutomation.AutomationName, QuestionnaireOverdueAlertAutomation.AutomationName]);
    }

    [Fact]
    public void Deposit_GatesTheInternalKickoff()
    {
        var deposit = Model.Node("Catch_DepositPaid");

        deposit.MessageName.ShouldBe(KnownMessages.DepositPaid);
        Model.Flow(deposit.Outgoing.ShouldHaveSingleItem()).TargetId.ShouldBe("Task_AssignTeam");
        Model.Node("Task_AssignTeam").Stage.ShouldBe("Internal kickoff");
    }

    [Fact]
    public void QuestionnaireWait_HasANonInterruptingReminderLadder()
    {
        var wait = Model.Node("SubProcess_AwaitQuestionnaire");
        var ladder = wait.BoundaryEventIds.Select(Model.Node).ToList();

        ladder.Select(b => b.Timer!.Expression).ShouldBe(["P3BD", "P7BD", "P10BD"]);
        ladder.ShouldAllBe(b => b.Boundary == BoundaryKind.Timer && !b.CancelActivity);
        ladder.Select(b => Model.Node(Model.Flow(b.Outgoing.Single()).TargetId).Name).ShouldBe(
            ["E-mail the client a reminder", "E-mail the client a reminder", "Alert the account manager"]);
        var alert = Model.Node("Task_AlertQuestionnaireOverdue");
        Model.Node(Model.Flow(alert.Outgoing.Single()).TargetId).Name.ShouldBe("Questionnaire overdue: call the client");
        Model.Node("Task_SendWelcomeEmail").Gate.ShouldBe("questionnaire-sent");
        Model.NodesInDocumentOrder.Where(n => n.ParentId == wait.Id && n.Kind == NodeKind.MessageCatch)
            .ShouldHaveSingleItem().MessageName.ShouldBe(KnownMessages.QuestionnaireSubmitted);
    }

    [Fact]
    public void KickoffPrerequisites_AreAGate()
    {
        Model.Node("Task_KickoffPrerequisites").Gate.ShouldBe("kickoff-prerequisites");
    }

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex HexColour();
}

using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Tests.Workflows.Validation;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>The validator's <c>gate</c> rule: a gate sits on a user task and names only gates the product knows.</summary>
public sealed class GateRuleTests
{
    private const string KnownGates = "Known gates: access-verified, brand-guidelines, communication-plan, goals-defined, key-contacts, kickoff-prerequisites, questionnaire-sent, reporting-plan, scope-check-in, sow-written.";

    private static IReadOnlyList<ValidationFinding> Step(string element) =>
        Validate.Xml(BpmnXml.Process(
            $"""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a" />{element}<bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="end" /><bpmn:endEvent id="end" />"""));

    [Theory]
    [InlineData("goals-defined")]
    [InlineData("reporting-plan communication-plan")]
    [InlineData("key-contacts, brand-guidelines")]
    public void Known_gates_on_a_user_task_are_fine(string gate) =>
        Step($"""<bpmn:userTask id="a" name="Agree KPIs" onboarding:role="AccountManager" onboarding:gate="{gate}" />""").ShouldBeEmpty();

    [Fact]
    public void An_unknown_gate_key_is_an_error_naming_the_known_keys() =>
        Step("""<bpmn:userTask id="a" name="Agree KPIs" onboarding:role="AccountManager" onboarding:gate="goals-defined goals" />""").Single("gate")
            .ShouldBe(new ValidationFinding(FindingSeverity.Error, "gate", "a",
                $"The user task 'Agree KPIs' names the gate 'goals', which the product does not know; use gate keys separated by spaces. {KnownGates}"));

    [Fact]
    public void Several_unknown_keys_are_named_together() =>
        Step("""<bpmn:userTask id="a" name="Agree KPIs" onboarding:role="AccountManager" onboarding:gate="goals kpis" />""").Single("gate").Message
            .ShouldStartWith("The user task 'Agree KPIs' names the gates 'goals', 'kpis', which the product does not know");

    [Fact]
    public void A_gate_on_anything_but_a_user_task_is_an_error() =>
        Step("""<bpmn:serviceTask id="a" name="Invoice" onboarding:automation="create-invoice" onboarding:gate="goals-defined" />""").Single("gate").Message
            .ShouldBe("The service task 'Invoice' has onboarding:gate, but only a user task's work item can wait for a gate. Move the gate to the user task that needs it.");

    [Fact]
    public void The_default_playbook_gates_its_readiness_tasks_with_known_keys()
    {
        var model = BpmnReader.Read(DefaultPlaybook.Xml);
        var gates = model.NodesInDocumentOrder.Where(n => n.Gate is not null).ToDictionary(n => n.Id, n => n.Gate);

        gates["Task_ShareClientFacts"].ShouldBe("key-contacts");
        gates["Task_AgreeKpis"].ShouldBe("goals-defined");
        gates["Task_PickReportTemplate"].ShouldBe("brand-guidelines");
        gates["Task_SetReportingCadence"].ShouldBe("reporting-plan communication-plan");
        ProcessValidator.Validate(model, Validate.Context).ShouldNotContain(f => f.Code == "gate");
    }
}

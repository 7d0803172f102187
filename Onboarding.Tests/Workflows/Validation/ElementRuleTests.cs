using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Validation;

/// <summary>Unsupported elements, our attributes and what they refer to: automations, messages, roles, due days, stages, timers, errors.</summary>
public sealed class ElementRuleTests
{
    private static IReadOnlyList<ValidationFinding> Step(string element, string rootElements = "", ValidationContext? context = null) =>
        Validate.Xml(BpmnXml.Process(
            $"""<bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="a" />{element}<bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="end" /><bpmn:endEvent id="end" />""",
            rootElements), context);

    [Fact]
    public void An_unsupported_element_is_an_error_that_says_what_to_use_instead()
    {
        Step("""<bpmn:scriptTask id="a" name="Compute total" />""").ShouldHaveSingleItem().ShouldBe(new ValidationFinding(
            FindingSeverity.Error, "unsupported-element", "a",
            "The script task 'Compute total' is not supported by our engine; replace it with a service task that calls a registered automation, or remove it."));
        Step("""<bpmn:intermediateCatchEvent id="a"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>""").Single("unsupported-element").Message
            .ShouldBe("The intermediate catch event 'a' (with a signal definition) is not supported by our engine; only message and timer catch events are supported; use one of those or remove it.");
    }

    [Fact]
    public void An_attribute_value_the_reader_could_not_use_is_an_error()
    {
        Step("""<bpmn:userTask id="a" name="Review" onboarding:role="OpsLead" onboarding:dueBusinessDays="three" />""").ShouldHaveSingleItem().ShouldBe(
            new ValidationFinding(FindingSeverity.Error, "invalid-attribute", "a",
                "The user task 'Review' has onboarding:dueBusinessDays=\"three\": 'three' is not a whole number of business days; write a number such as 3."));
    }

    [Theory]
    [InlineData("", "has no time set; give it a duration (e.g. P3BD for three business days)")]
    [InlineData("<bpmn:timeDuration>soon</bpmn:timeDuration>", "has the duration 'soon', which cannot be read: ")]
    [InlineData("<bpmn:timeDate>next monday</bpmn:timeDate>", "has the date 'next monday', which cannot be read: 'next monday' is not an ISO 8601 date-time.")]
    public void A_timer_must_have_a_time_we_can_read(string time, string problem)
    {
        Step($"""<bpmn:intermediateCatchEvent id="a" name="Wait"><bpmn:timerEventDefinition>{time}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""")
            .Single("timer").Message.ShouldStartWith($"The timer catch event 'Wait' {problem}");
    }

    [Fact]
    public void A_readable_timer_is_fine()
    {
        Step("""<bpmn:intermediateCatchEvent id="a"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/P2BD</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""")
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "names no automation; set onboarding:automation to one of the registered automations. Registered: create-invoice, send-welcome.")]
    [InlineData("onboarding:automation=\"send-fax\"", "calls the automation 'send-fax', which is not registered; use one of the registered automations. Registered: create-invoice, send-welcome.")]
    public void A_service_task_calls_a_registered_automation(string attribute, string problem)
    {
        Step($"""<bpmn:serviceTask id="a" name="Invoice" {attribute} />""").ShouldHaveSingleItem()
            .ShouldBe(new ValidationFinding(FindingSeverity.Error, "automation", "a", $"The service task 'Invoice' {problem}"));
    }

    [Theory]
    [InlineData("", "names no message; reference one of the messages the app sends. Known messages: DepositPaid.")]
    [InlineData("messageRef=\"m\"", "waits for the message 'ContractSigned', which the app never sends; name one it does. Known messages: DepositPaid.")]
    public void A_message_catch_waits_for_a_message_the_app_sends(string reference, string problem)
    {
        Step($"""<bpmn:intermediateCatchEvent id="a" name="Signed"><bpmn:messageEventDefinition {reference} /></bpmn:intermediateCatchEvent>""",
                """<bpmn:message id="m" name="ContractSigned" />""")
            .ShouldHaveSingleItem().ShouldBe(new ValidationFinding(FindingSeverity.Error, "message", "a", $"The message catch event 'Signed' {problem}"));
    }

    [Fact]
    public void A_user_task_needs_a_role_from_its_attribute_or_its_lane()
    {
        Step("""<bpmn:userTask id="a" name="Review" />""").ShouldHaveSingleItem().ShouldBe(new ValidationFinding(FindingSeverity.Error, "role", "a",
            "The user task 'Review' has no role, so nobody would get the work item. Set onboarding:role (e.g. AccountManager), or put the task in a lane named after the role."));
        Step("""<bpmn:laneSet id="ls"><bpmn:lane id="l" name="Finance"><bpmn:flowNodeRef>a</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet><bpmn:userTask id="a" />""")
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-2, true)]
    [InlineData(251, true)]
    [InlineData(1, false)]
    [InlineData(250, false)]
    public void Due_business_days_is_a_whole_number_from_1_to_250(int days, bool reported)
    {
        var findings = Step($"""<bpmn:userTask id="a" name="Review" onboarding:role="OpsLead" onboarding:dueBusinessDays="{days}" />""");

        findings.Any(f => f.Code == "due-business-days").ShouldBe(reported);
        if (reported)
        {
            findings.Single("due-business-days").Message.ShouldBe($"The user task 'Review' is due {days} business days after it opens; use a whole number from 1 to 250.");
        }
    }

    [Fact]
    public void Stages_are_checked_only_when_the_playbook_gives_them()
    {
        const string task = """<bpmn:task id="a" name="Kick-off" onboarding:stage="Kickoff" />""";

        Step(task).ShouldBeEmpty();
        Step(task, context: Validate.Context with { Stages = ["Kickoff"] }).ShouldBeEmpty();
        Step(task, context: Validate.Context with { Stages = ["Contract", "Kick-off"] }).ShouldHaveSingleItem().ShouldBe(new ValidationFinding(
            FindingSeverity.Error, "stage", "a", "The task 'Kick-off' is in the stage 'Kickoff', which the playbook does not have; use one of: Contract, Kick-off."));
    }

    [Fact]
    public void An_error_end_event_at_the_process_level_is_a_warning()
    {
        var findings = Validate.Xml(BpmnXml.Process("""
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
            <bpmn:endEvent id="e" name="Rejected"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>
            """, """<bpmn:error id="err" errorCode="REJECTED" />"""));

        findings.ShouldHaveSingleItem().ShouldBe(new ValidationFinding(FindingSeverity.Warning, "uncaught-error", "e",
            "The error end event 'Rejected' throws the error 'REJECTED' at the process level, where nothing can catch it. "
            + "Use a plain end event, or move it into a subprocess with an error boundary event that catches it."));
    }

    [Theory]
    [InlineData("errorRef=\"err\"", false)]
    [InlineData("", false)]
    [InlineData("errorRef=\"other\"", true)]
    public void An_error_end_event_in_a_subprocess_is_caught_by_a_matching_boundary(string catches, bool reported)
    {
        var findings = Validate.Xml(BpmnXml.Process($"""
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub" />
            <bpmn:subProcess id="sub" name="Checks"><bpmn:startEvent id="is" /><bpmn:sequenceFlow id="i1" sourceRef="is" targetRef="ie" />
              <bpmn:endEvent id="ie"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent></bpmn:subProcess>
            <bpmn:boundaryEvent id="caught" attachedToRef="sub"><bpmn:errorEventDefinition {catches} /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e" /><bpmn:sequenceFlow id="f3" sourceRef="caught" targetRef="e" /><bpmn:endEvent id="e" />
            """, """<bpmn:error id="err" errorCode="REJECTED" /><bpmn:error id="other" errorCode="LATE" />"""));

        findings.Any(f => f.Code == "uncaught-error" && f.ElementId == "ie").ShouldBe(reported);
        findings.Where(f => f.Code != "uncaught-error").ShouldBeEmpty();
    }
}

using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Validation;

/// <summary>Exclusive splits, conditions, default flows and parallel joins that would deadlock.</summary>
public sealed class GatewayRuleTests
{
    private static string Split(string flows, string attributes = "") => $"""
        <bpmn:task id="a" /><bpmn:sequenceFlow id="a-x" sourceRef="a" targetRef="x" />
        <bpmn:exclusiveGateway id="x" name="Deposit?" {attributes} />
        {flows}
        <bpmn:task id="b" /><bpmn:sequenceFlow id="b-z" sourceRef="b" targetRef="z" /><bpmn:task id="z" />
        """;

    private static string Conditional(string id, string target, string condition, string language = "") =>
        $"""<bpmn:sequenceFlow id="{id}" sourceRef="x" targetRef="{target}"><bpmn:conditionExpression {language}>{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    [Fact]
    public void A_non_default_flow_out_of_an_exclusive_split_needs_a_condition()
    {
        var findings = Validate.Linear(Split(Conditional("yes", "b", "vars.paid") + """<bpmn:sequenceFlow id="no" sourceRef="x" targetRef="z" />"""));

        findings.Single("exclusive-split").ShouldBe(new ValidationFinding(FindingSeverity.Error, "exclusive-split", "no",
            "The flow 'no' leaves the exclusive gateway 'Deposit?' without a condition, so the gateway cannot choose it. "
            + "Add a condition (e.g. vars.approved === true) or make it the gateway's default flow."));
    }

    [Fact]
    public void An_exclusive_split_with_conditions_but_no_default_is_a_warning()
    {
        var findings = Validate.Linear(Split(Conditional("yes", "b", "vars.paid") + Conditional("no", "z", "!vars.paid")));

        findings.ShouldHaveSingleItem().ShouldBe(new ValidationFinding(FindingSeverity.Warning, "exclusive-no-default", "x",
            "The exclusive gateway 'Deposit?' has no default flow: if none of its conditions is true the onboarding stops with an incident. Mark one outgoing flow as the default."));
    }

    [Fact]
    public void A_condition_not_in_our_language_is_reported_on_its_flow()
    {
        var findings = Validate.Linear(Split(Conditional("yes", "b", "${paid}") + """<bpmn:sequenceFlow id="no" sourceRef="x" targetRef="z" />""", "default=\"no\""));

        findings.Single("condition-syntax").ShouldSatisfyAllConditions(
            f => f.ElementId.ShouldBe("yes"),
            f => f.Message.ShouldBe("On flow 'yes': The condition ${paid} is written for another engine (a JUEL ${...} expression, as in Camunda or bpmn-elements). Write vars.paid instead of ${paid}."));
    }

    [Fact]
    public void A_condition_declared_in_another_language_is_reported_on_its_flow()
    {
        var findings = Validate.Linear(Split(Conditional("yes", "b", "true", "language=\"http://www.w3.org/1999/XPath\"") + """<bpmn:sequenceFlow id="no" sourceRef="x" targetRef="z" />""", "default=\"no\""));

        findings.Single("condition-language").ShouldSatisfyAllConditions(
            f => f.ElementId.ShouldBe("yes"),
            f => f.Message.ShouldStartWith("The condition true on flow 'yes' is written in XPath (http://www.w3.org/1999/XPath) for another engine."));
    }

    [Fact]
    public void Conditional_flows_out_of_activities_are_fine_in_our_language()
    {
        Validate.Linear("""
            <bpmn:task id="a" default="a-z" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" />
            <bpmn:sequenceFlow id="a-b" sourceRef="a" targetRef="b"><bpmn:conditionExpression language="javascript">vars.extra === true</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:task id="b" /><bpmn:sequenceFlow id="b-z" sourceRef="b" targetRef="z" /><bpmn:task id="z" />
            """).ShouldBeEmpty();
    }

    [Fact]
    public void A_condition_on_a_flow_out_of_a_parallel_gateway_is_ignored_and_reported()
    {
        var findings = Validate.Linear("""
            <bpmn:parallelGateway id="a" />
            <bpmn:sequenceFlow id="a-b" sourceRef="a" targetRef="b"><bpmn:conditionExpression>vars.x</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="a-c" sourceRef="a" targetRef="c" />
            <bpmn:task id="b" /><bpmn:task id="c" />
            <bpmn:sequenceFlow id="b-z" sourceRef="b" targetRef="z" /><bpmn:sequenceFlow id="c-z" sourceRef="c" targetRef="z" /><bpmn:parallelGateway id="z" />
            """);

        findings.Single("condition-ignored").ElementId.ShouldBe("a-b");
    }

    [Fact]
    public void A_default_flow_must_leave_its_gateway()
    {
        var findings = Validate.Linear(Split(Conditional("yes", "b", "vars.paid") + """<bpmn:sequenceFlow id="no" sourceRef="x" targetRef="z" />""", "default=\"b-z\""));

        findings.Single("default-flow").Message.ShouldBe(
            "The exclusive gateway 'Deposit?' names 'b-z' as its default flow, but that flow does not leave it; mark one of its own outgoing flows as default.");
    }

    [Fact]
    public void A_default_flow_with_a_condition_is_a_warning_and_a_default_on_a_parallel_gateway_an_error()
    {
        var withCondition = Validate.Linear(Split(Conditional("yes", "b", "vars.paid") + Conditional("no", "z", "!vars.paid"), "default=\"no\""));
        var onParallel = Validate.Linear("""<bpmn:parallelGateway id="a" default="a-z" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />""");

        withCondition.Single("default-flow").ShouldSatisfyAllConditions(f => f.Severity.ShouldBe(FindingSeverity.Warning), f => f.ElementId.ShouldBe("no"));
        onParallel.Single("default-flow").ShouldSatisfyAllConditions(f => f.Severity.ShouldBe(FindingSeverity.Error), f => f.ElementId.ShouldBe("a"));
    }

    [Fact]
    public void Two_branches_of_one_exclusive_split_meeting_at_a_parallel_join_can_never_fire()
    {
        var findings = Validate.Linear("""
            <bpmn:exclusiveGateway id="a" name="Which?" default="to-c" />
            <bpmn:sequenceFlow id="to-b" sourceRef="a" targetRef="b"><bpmn:conditionExpression>vars.b</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="to-c" sourceRef="a" targetRef="c" />
            <bpmn:task id="b" /><bpmn:task id="c" />
            <bpmn:sequenceFlow id="from-b" sourceRef="b" targetRef="z" /><bpmn:sequenceFlow id="from-c" sourceRef="c" targetRef="z" />
            <bpmn:parallelGateway id="z" name="Both done" />
            """);

        findings.Single("parallel-join").ShouldBe(new ValidationFinding(FindingSeverity.Error, "parallel-join", "z",
            "The parallel gateway 'Both done' waits for a token on every incoming flow, but 'from-b' and 'from-c' come from different branches of "
            + "the exclusive gateway 'Which?', which takes only one: the join can never fire. Merge those branches with an exclusive gateway instead, or split them with a parallel gateway."));
    }

    [Fact]
    public void A_parallel_join_fed_through_an_exclusive_split_whose_other_branch_ends_elsewhere_is_a_warning()
    {
        var findings = Validate.Linear("""
            <bpmn:parallelGateway id="a" />
            <bpmn:sequenceFlow id="a-b" sourceRef="a" targetRef="b" /><bpmn:sequenceFlow id="a-d" sourceRef="a" targetRef="d" />
            <bpmn:task id="b" /><bpmn:sequenceFlow id="b-x" sourceRef="b" targetRef="x" />
            <bpmn:exclusiveGateway id="x" name="Go on?" default="stop" />
            <bpmn:sequenceFlow id="go" sourceRef="x" targetRef="z"><bpmn:conditionExpression>vars.go</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="stop" sourceRef="x" targetRef="early" /><bpmn:endEvent id="early" />
            <bpmn:task id="d" /><bpmn:sequenceFlow id="d-z" sourceRef="d" targetRef="z" />
            <bpmn:parallelGateway id="z" />
            """);

        findings.Single("parallel-join").ShouldSatisfyAllConditions(
            f => f.Severity.ShouldBe(FindingSeverity.Warning),
            f => f.ElementId.ShouldBe("z"),
            f => f.Message.ShouldContain("when that gateway takes flow 'stop', the join waits forever"));
    }

    [Fact]
    public void An_exclusive_choice_merged_before_a_parallel_join_is_fine()
    {
        Validate.Linear("""
            <bpmn:parallelGateway id="a" />
            <bpmn:sequenceFlow id="a-x" sourceRef="a" targetRef="x" /><bpmn:sequenceFlow id="a-d" sourceRef="a" targetRef="d" />
            <bpmn:exclusiveGateway id="x" default="x-c" />
            <bpmn:sequenceFlow id="x-b" sourceRef="x" targetRef="b"><bpmn:conditionExpression>vars.b</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="x-c" sourceRef="x" targetRef="c" />
            <bpmn:task id="b" /><bpmn:task id="c" /><bpmn:task id="d" />
            <bpmn:sequenceFlow id="b-m" sourceRef="b" targetRef="m" /><bpmn:sequenceFlow id="c-m" sourceRef="c" targetRef="m" /><bpmn:exclusiveGateway id="m" />
            <bpmn:sequenceFlow id="m-z" sourceRef="m" targetRef="z" /><bpmn:sequenceFlow id="d-z" sourceRef="d" targetRef="z" />
            <bpmn:parallelGateway id="z" />
            """).ShouldBeEmpty();
    }
}

using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Validation;

/// <summary>The shared samples validate as their README expects.</summary>
public sealed class SampleValidationTests
{
    private static readonly ValidationContext Empty = new(new HashSet<string>(), new HashSet<string>());

    private static IReadOnlyList<ValidationFinding> Findings(string sample) => ProcessValidator.Validate(SampleFiles.Read(sample), Empty);

    public static TheoryData<string> Samples() => new(SampleFiles.All());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_validates_without_exception_and_each_finding_names_an_element(string sample)
    {
        var model = SampleFiles.Read(sample);

        foreach (var finding in ProcessValidator.Validate(model, Empty))
        {
            (finding.ElementId == model.Id || model.DocumentOrder.Contains(finding.ElementId)).ShouldBeTrue(finding.ToString());
            finding.Message.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void A_1_0_validates_clean()
    {
        Findings("miwg/A.1.0.bpmn").ShouldBeEmpty();
    }

    [Fact]
    public void A_2_0_names_each_flow_of_the_split_that_has_no_condition()
    {
        Findings("miwg/A.2.0.bpmn").Codes().ShouldBe(
        [
            ("exclusive-split", "_f1478fb7-98c4-4c01-8c15-68bd04c91535"),
            ("exclusive-split", "_a1570a53-28d2-41b1-a3a2-3e50c00d747e"),
            ("exclusive-split", "_20ebb3c1-5178-4c7c-a91d-23e58f2aa73b"),
        ]);
    }

    [Fact]
    public void A_2_1_names_its_XPath_condition_and_its_empty_conditions_by_flow_id()
    {
        Findings("miwg/A.2.1.bpmn").Codes().ShouldBe(
        [
            ("condition-language", "_To9Z7TOCEeSknpIVFCxNIQ"),
            ("exclusive-split", "_To9Z-TOCEeSknpIVFCxNIQ"),
            ("exclusive-split", "_To9Z_DOCEeSknpIVFCxNIQ"),
        ]);
    }

    [Fact]
    public void A_4_0_lists_the_pool_that_would_not_run_by_id()
    {
        Findings("miwg/A.4.0.bpmn").Codes().ShouldBe([("unsupported-element", "WFP-6-2")]);
    }

    [Fact]
    public void C_1_1_has_roles_for_every_user_task_and_names_each_XPath_condition()
    {
        var findings = Findings("miwg/C.1.1.bpmn");

        findings.ShouldNotContain(f => f.Code == "role");
        findings.Where(f => f.Code == "condition-language").Select(f => f.ElementId)
            .ShouldBe(["invoiceApproved", "invoiceNotApproved", "reviewSuccessful", "reviewNotSuccessful"]);
        findings.Single("automation").ElementId.ShouldBe("archiveInvoice");
    }

    [Fact]
    public void Conditional_flows_reports_each_foreign_condition_with_its_flow_id()
    {
        var findings = Findings("bpmn-elements/conditional-flows.bpmn");

        findings.Select(f => (f.Code, f.ElementId)).ShouldBe([("condition-syntax", "cond-to-task2"), ("condition-syntax", "cond-to-task4")]);
        findings[0].Message.ShouldContain("Write vars.take2 instead of ${environment.variables.take2}.");
        findings[1].Message.ShouldContain("vars.take4 instead of next(null, environment.variables.take4)");
    }

    [Fact]
    public void Multiple_joins_flags_both_joins_fed_by_exclusive_splits()
    {
        Findings("bpmn-elements/multiple-joins.bpmn").Where(f => f.Code == "parallel-join").Select(f => (f.Severity, f.ElementId))
            .ShouldBe([(FindingSeverity.Error, "join2"), (FindingSeverity.Error, "join1")]);
    }

    [Fact]
    public void The_runnable_samples_have_no_structural_errors()
    {
        string[] structural = ["start-event", "end-event", "dangling-flow", "no-outgoing", "unreachable", "dead-end", "parallel-join"];

        foreach (var sample in new[] { "bpmn-elements/boundary-non-interupting-timer.bpmn", "bpmn-elements/exclusive-gateway-as-join.bpmn", "bpmn-elements/bound-error-and-timer.bpmn" })
        {
            Findings(sample).ShouldNotContain(f => structural.Contains(f.Code), sample);
        }
    }
}

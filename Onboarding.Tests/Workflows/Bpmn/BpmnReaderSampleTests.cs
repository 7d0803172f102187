using System.Text;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>The shared samples, written by other tools, read as the samples README expects.</summary>
public sealed class BpmnReaderSampleTests
{
    public static TheoryData<string> Samples() => new(SampleFiles.All());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_imports_without_exception(string sample)
    {
        var model = SampleFiles.Read(sample);

        model.NodesInDocumentOrder.Count.ShouldBeGreaterThan(0);
        model.NodesInDocumentOrder.Select(n => n.Id).ShouldBeUnique();
    }

    [Fact]
    public void A_1_0_is_a_start_three_untyped_tasks_and_an_end_in_sequence()
    {
        var model = SampleFiles.Read("miwg/A.1.0.bpmn");

        model.Id.ShouldBe("WFP-6-");
        model.NodesInDocumentOrder.Select(n => (n.Kind, n.Name)).ShouldBe(
        [
            (NodeKind.StartEvent, "Start Event"), (NodeKind.Task, "Task 1"), (NodeKind.Task, "Task 2"),
            (NodeKind.Task, "Task 3"), (NodeKind.EndEvent, "End Event"),
        ]);
        model.Unsupported.ShouldBeEmpty();
        var task2 = model.NodesInDocumentOrder[2];
        model.Flow(task2.Incoming.Single()).SourceId.ShouldBe(model.NodesInDocumentOrder[1].Id);
        model.Flow(task2.Outgoing.Single()).TargetId.ShouldBe(model.NodesInDocumentOrder[3].Id);
    }

    [Fact]
    public void A_1_0_text_in_ISO_8859_1_reads_the_same_from_bytes_and_from_decoded_text()
    {
        var bytes = File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn"));
        var text = Encoding.Latin1.GetString(bytes);

        ModelText.Of(BpmnReader.Read(text)).ShouldBe(ModelText.Of(BpmnReader.Read(new MemoryStream(bytes))));
    }

    [Fact]
    public void Latin1_names_are_decoded_by_the_declared_encoding()
    {
        var xml = BpmnXml.Process("""<bpmn:task id="a" name="Prüfung Übergabe" />""")
            .Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal);

        var model = BpmnReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(xml)));

        model.Node("a").Name.ShouldBe("Prüfung Übergabe");
    }

    [Theory]
    [InlineData("bpmn")]
    [InlineData("model")]
    [InlineData("")]
    public void A_2_0_gives_an_equal_model_whatever_the_namespace_prefix(string prefix)
    {
        var original = File.ReadAllText(SampleFiles.PathOf("miwg/A.2.0.bpmn"), Encoding.Latin1);
        var renamed = prefix.Length == 0
            ? original.Replace("<semantic:", "<", StringComparison.Ordinal).Replace("</semantic:", "</", StringComparison.Ordinal)
                .Replace("xmlns:semantic=", "xmlns=", StringComparison.Ordinal)
            : original.Replace("semantic:", prefix + ":", StringComparison.Ordinal).Replace("xmlns:semantic=", $"xmlns:{prefix}=", StringComparison.Ordinal);

        ModelText.Of(BpmnReader.Read(renamed)).ShouldBe(ModelText.Of(SampleFiles.Read("miwg/A.2.0.bpmn")));
    }

    [Fact]
    public void A_2_0_and_A_2_1_read_the_same_elements_by_name_though_written_with_different_prefixes()
    {
        // A.2.1 is the Bonita export (prefix "model", ids of its own) of the MIWG conditional-flow variant of A.2.0.
        var a20 = SampleFiles.Read("miwg/A.2.0.bpmn");
        var a21 = SampleFiles.Read("miwg/A.2.1.bpmn");

        Normalize(a21).ShouldBe(Normalize(a20));
        a21.FlowsInDocumentOrder.Where(f => f.HasCondition).Select(f => (f.Condition, f.ConditionLanguage))
            .ShouldBe([("true", "http://www.w3.org/1999/XPath")]);
        a21.Node("_To9ZyjOCEeSknpIVFCxNIQ").DefaultFlowId.ShouldBe("_To9Z6jOCEeSknpIVFCxNIQ");

        static string[] Normalize(ProcessModel model) =>
            model.NodesInDocumentOrder.Select(n => $"{n.Kind}:{string.Join(' ', n.Label.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}").Order().ToArray();
    }

    [Fact]
    public void A_4_0_reads_the_first_pool_and_lists_the_second_pool_as_unsupported()
    {
        var model = SampleFiles.Read("miwg/A.4.0.bpmn");

        model.Id.ShouldBe("WFP-6-1");
        model.NodesInDocumentOrder.Select(n => n.Name).ShouldBe(["Task 1", "Task 2", "End Event 1", "Start Event 1"]);
        model.Unsupported.ShouldHaveSingleItem().ShouldBe(new UnsupportedElement("WFP-6-2", "process", null, null) { Detail = "second pool" });
    }

    [Fact]
    public void C_1_1_user_tasks_get_roles_from_their_potential_owners_and_foreign_conditions_keep_their_language()
    {
        // C.1.1 as shipped has no lanes; its user tasks name their performers through potentialOwner resources.
        var model = SampleFiles.Read("miwg/C.1.1.bpmn");

        model.Id.ShouldBe("handle-invoice");
        model.NodesInDocumentOrder.Where(n => n.Kind == NodeKind.UserTask).Select(n => (n.Id, n.Role)).ShouldBe(
        [
            ("approveInvoice", "Approver"), ("assignApprover", "Team Assistant"),
            ("reviewInvoice", "Team Assistant"), ("prepareBankTransfer", "Accountant"),
        ]);
        model.Flow("invoiceApproved").Condition.ShouldBe("bpmn:getDataObject('approved')");
        model.Flow("invoiceApproved").ConditionLanguage.ShouldBe("http://www.w3.org/1999/XPath");
        model.Node("archiveInvoice").Kind.ShouldBe(NodeKind.ServiceTask);
    }

    [Fact]
    public void Bound_error_and_timer_reads_both_boundaries_of_the_unsupported_script_task()
    {
        var model = SampleFiles.Read("bpmn-elements/bound-error-and-timer.bpmn");

        model.Unsupported.ShouldHaveSingleItem().ShouldBe(new UnsupportedElement("scriptTask", "scriptTask", "Check input", null));
        model.Node("errorEvent").ShouldSatisfyAllConditions(
            n => n.Boundary.ShouldBe(BoundaryKind.Error),
            n => n.CatchesErrorCode.ShouldBe("404"),
            n => n.AttachedToId.ShouldBe("scriptTask"));
        model.Node("timerEvent").Timer.ShouldBe(new TimerDefinition(TimerKind.Duration, "PT0.05S"));
        model.Node("endInError").ThrowsErrorCode.ShouldBe("404");
        model.Node("timedEndEvent").Terminate.ShouldBeTrue();
        model.Flow("flow1").TargetId.ShouldBe("scriptTask");
    }

    [Fact]
    public void Boundary_non_interrupting_timer_is_a_reminder_on_the_user_task()
    {
        var model = SampleFiles.Read("bpmn-elements/boundary-non-interupting-timer.bpmn");

        model.Node("userTask").BoundaryEventIds.ShouldBe(["boundaryEvent"]);
        model.Node("boundaryEvent").ShouldSatisfyAllConditions(
            n => n.CancelActivity.ShouldBeFalse(),
            n => n.Timer.ShouldBe(new TimerDefinition(TimerKind.Duration, "PT0.01S")),
            n => n.Outgoing.ShouldBe(["SequenceFlow_1muatwf"]));
        model.Node("join").Incoming.ShouldBe(["SequenceFlow_0ipd9l9", "SequenceFlow_1muatwf"]);
    }

    [Fact]
    public void Sub_process_children_name_their_subprocess_as_parent()
    {
        var model = SampleFiles.Read("bpmn-elements/sub-process.bpmn");

        model.Node("subUserTask").ParentId.ShouldBe("subProcess");
        model.Node("subUserTask").Outgoing.ShouldBe(["subFlow1"]);
        model.Unsupported.ShouldHaveSingleItem().ShouldBe(new UnsupportedElement("subScriptTask", "scriptTask", "Script", "subProcess"));
        model.Node("subProcess").ShouldSatisfyAllConditions(n => n.Incoming.ShouldBe(["flow1"]), n => n.Outgoing.ShouldBe(["flow2"]));
    }

    [Fact]
    public void Join_inbound_lists_the_inclusive_gateway_and_the_boundary_without_definition_as_unsupported()
    {
        var model = SampleFiles.Read("bpmn-elements/join-inbound.bpmn");

        model.Unsupported.Select(u => (u.Id, u.ElementType, u.Detail, u.AttachedToId)).ShouldBe(
        [
            ("split", "inclusiveGateway", null, null),
            ("bound-task3", "boundaryEvent", "no event definition", "task3"),
        ]);
        model.Node("join").Incoming.ShouldBe(["from-task1", "from-task2", "from-task4", "from-gw-collect"]);
        model.Node("task3").BoundaryEventIds.ShouldBeEmpty();
        model.Flow("to-task4").SourceId.ShouldBe("split");
    }

    [Fact]
    public void Conditional_flows_keep_each_condition_with_its_language()
    {
        var model = SampleFiles.Read("bpmn-elements/conditional-flows.bpmn");

        model.Flow("cond-to-task2").ShouldSatisfyAllConditions(
            f => f.Condition.ShouldBe("${environment.variables.take2}"), f => f.ConditionLanguage.ShouldBeNull());
        model.Flow("cond-to-task4").ShouldSatisfyAllConditions(
            f => f.Condition.ShouldBe("next(null, environment.variables.take4);"), f => f.ConditionLanguage.ShouldBe("javascript"));
        model.Node("task1").DefaultFlowId.ShouldBe("default-to-task3");
        model.Node("task1").Outgoing.ShouldBe(["cond-to-task2", "cond-to-task4", "default-to-task3"]);
    }
}

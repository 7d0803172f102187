using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Checks the root is BPMN 2.0 <c>definitions</c>, picks the process to run and reads it.</summary>
internal static class DefinitionsReader
{
    public static ProcessModel Read(XElement root)
    {
        if (root.Name != Bpmn.Ns + "definitions")
        {
            var found = root.Name.NamespaceName.Length == 0 ? $"<{root.Name.LocalName}>" : $"<{root.Name.LocalName}> in namespace {root.Name.NamespaceName}";
            throw new BpmnReadException(
                $"This is not a BPMN 2.0 file: its root element is {found}, not <definitions> in namespace {Bpmn.ModelNamespace}. "
                + "Export the diagram from your modeler as BPMN 2.0 XML.",
                SourcePosition.Of(root)?.Line, SourcePosition.Of(root)?.Column);
        }

        var processes = Bpmn.Children(root, "process").ToList();
        if (processes.Count == 0)
        {
            throw new BpmnReadException(
                "The file has no process: it holds no <process> element (a diagram with only a collaboration of empty pools, "
                + "a choreography or a conversation). Draw the playbook's steps in a pool and export the diagram again.");
        }

        var chosen = processes.FirstOrDefault(p => Bpmn.IsTrue(p, "isExecutable"))
            ?? processes.FirstOrDefault(HasFlowNodes)
            ?? processes[0];
        var participants = Participants(root);
        var model = new ModelBuilder();
        new ScopeReader(new DefinitionsIndex(root), model).Read(chosen, parentId: null, depth: 0);
        AddUnreadPools(processes, chosen, participants, model);

        var id = ModelBuilder.RequireId(chosen);
        var name = Bpmn.Attribute(chosen, "name") ?? participants.GetValueOrDefault(id).Name;
        return model.Build(id, name, HasDiagram(root));
    }

    /// <summary>A BPMNDiagram with a plane: what bpmn-js needs to draw the file (without one it refuses: "no diagram to display").</summary>
    private static bool HasDiagram(XElement root) =>
        root.Elements(Bpmn.DiNs + "BPMNDiagram").Any(diagram => diagram.Element(Bpmn.DiNs + "BPMNPlane") is not null);

    private static bool HasFlowNodes(XElement process) => process.Elements().Any(Bpmn.IsFlowNode);

    /// <summary>Other pools whose steps would silently not run: none is marked executable, or they are executable too.</summary>
    private static void AddUnreadPools(
        List<XElement> processes, XElement chosen, Dictionary<string, (string Id, string? Name)> participants, ModelBuilder model)
    {
        var noneExecutable = !processes.Any(p => Bpmn.IsTrue(p, "isExecutable"));
        foreach (var process in processes)
        {
            if (process == chosen || !HasFlowNodes(process) || !(noneExecutable || Bpmn.IsTrue(process, "isExecutable")))
            {
                continue;
            }

            var processId = ModelBuilder.RequireId(process);
            var participant = participants.GetValueOrDefault(processId);
            model.AddUnreadPool(new UnsupportedElement(
                participant.Id ?? processId, "process", participant.Name ?? Bpmn.Attribute(process, "name"), null)
            {
                Detail = "second pool",
            });
        }
    }

    /// <summary>Participants (pools) by the id of the process they show.</summary>
    private static Dictionary<string, (string Id, string? Name)> Participants(XElement root)
    {
        var byProcess = new Dictionary<string, (string Id, string? Name)>(StringComparer.Ordinal);
        foreach (var participant in Bpmn.Children(root, "collaboration").SelectMany(c => Bpmn.Children(c, "participant")))
        {
            if (Bpmn.Attribute(participant, "processRef") is { } processRef && Bpmn.Attribute(participant, "id") is { } id)
            {
                var key = processRef.Contains(':', StringComparison.Ordinal) ? processRef[(processRef.IndexOf(':', StringComparison.Ordinal) + 1)..] : processRef;
                byProcess.TryAdd(key, (id, Bpmn.Attribute(participant, "name")));
            }
        }

        return byProcess;
    }
}

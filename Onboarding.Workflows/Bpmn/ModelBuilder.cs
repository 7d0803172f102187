using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Collects what the scope reader finds, then links it into a <see cref="ProcessModel"/>.</summary>
internal sealed class ModelBuilder
{
    private readonly Dictionary<string, XElement> claimed = new(StringComparer.Ordinal);
    private readonly List<FlowNode> nodes = [];
    private readonly List<SequenceFlow> flows = [];
    private readonly List<UnsupportedElement> unsupported = [];
    private readonly List<(Lane Lane, int Depth)> lanes = [];
    private readonly List<string> order = [];
    private readonly Dictionary<string, string> potentialOwners = new(StringComparer.Ordinal);

    public List<AttributeProblem> Problems { get; } = [];

    /// <summary>The element's id; a missing or repeated id makes the file unreadable (ids are how everything links).</summary>
    public string Claim(XElement element)
    {
        var id = RequireId(element);
        if (!claimed.TryAdd(id, element))
        {
            var first = SourcePosition.Of(claimed[id]);
            var position = SourcePosition.Of(element);
            throw new BpmnReadException(
                $"Two elements use the id '{id}'{(first is null ? "" : $" (lines {first.Line} and {position?.Line})")}. "
                + "Ids must be unique: rename one in your modeler and export again.",
                position?.Line, position?.Column);
        }

        order.Add(id);
        return id;
    }

    public static string RequireId(XElement element) =>
        Bpmn.Attribute(element, "id") ?? throw new BpmnReadException(
            $"The {element.Name.LocalName} element{SourcePosition.Describe(element)} has no id. Every BPMN element needs a unique id; "
            + "export the diagram again from your modeler.",
            SourcePosition.Of(element)?.Line, SourcePosition.Of(element)?.Column);

    public void Add(FlowNode node) => nodes.Add(node);

    public void Add(SequenceFlow flow) => flows.Add(flow);

    public void Add(UnsupportedElement element) => unsupported.Add(element);

    public void Add(Lane lane, int depth) => lanes.Add((lane, depth));

    public void AddPotentialOwner(string nodeId, string role) => potentialOwners[nodeId] = role;

    /// <summary>A pool the reader does not run; listed after the elements of the process it runs.</summary>
    public void AddUnreadPool(UnsupportedElement pool)
    {
        unsupported.Add(pool);
        order.Add(pool.Id);
    }

    public ProcessModel Build(string id, string? name, bool hasDiagram)
    {
        var incoming = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var outgoing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var flow in flows)
        {
            Append(outgoing, flow.SourceId, flow.Id);
            Append(incoming, flow.TargetId, flow.Id);
        }

        var boundaries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var boundary in nodes.Where(n => n.Kind == NodeKind.BoundaryEvent && n.AttachedToId is not null))
        {
            Append(boundaries, boundary.AttachedToId!, boundary.Id);
        }

        var laneRoles = InnermostLaneNames();
        var linked = nodes.Select(n => n with
        {
            Incoming = incoming.GetValueOrDefault(n.Id) ?? [],
            Outgoing = outgoing.GetValueOrDefault(n.Id) ?? [],
            BoundaryEventIds = boundaries.GetValueOrDefault(n.Id) ?? [],
            Role = n.Role ?? (n.Kind == NodeKind.UserTask ? laneRoles.GetValueOrDefault(n.Id) ?? potentialOwners.GetValueOrDefault(n.Id) : null),
        }).ToList();

        return new ProcessModel(id, name, linked, flows, unsupported, lanes.Select(l => l.Lane).ToList())
        {
            AttributeProblems = Problems,
            DocumentOrder = order,
            HasDiagram = hasDiagram,
        };
    }

    private Dictionary<string, string> InnermostLaneNames()
    {
        var best = new Dictionary<string, (string Name, int Depth)>(StringComparer.Ordinal);
        foreach (var (lane, depth) in lanes)
        {
            if (lane.Name is null)
            {
                continue;
            }

            foreach (var nodeId in lane.NodeIds)
            {
                if (!best.TryGetValue(nodeId, out var current) || depth > current.Depth)
                {
                    best[nodeId] = (lane.Name, depth);
                }
            }
        }

        return best.ToDictionary(b => b.Key, b => b.Value.Name, StringComparer.Ordinal);
    }

    private static void Append(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}

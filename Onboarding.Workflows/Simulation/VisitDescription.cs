using System.Globalization;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Simulation;

/// <summary>What happened at a visited element, in a few words for a person.</summary>
internal static class VisitDescription
{
    public static string Of(ProcessModel model, FlowNode node, IReadOnlyList<JournalLine> lines)
    {
        var parts = new List<string>();
        var main = node.Kind switch
        {
            NodeKind.StartEvent => node.ParentId is null ? "started" : "started the subprocess",
            NodeKind.UserTask => Opened(node, lines),
            NodeKind.ServiceTask => $"no automation here: ran '{node.Automation}' as a no-op",
            NodeKind.Task => "no automation here: ran as a no-op",
            NodeKind.ExclusiveGateway => Taken(lines) ?? "passed on",
            NodeKind.ParallelGateway => node.Incoming.Count <= 1 ? $"split into {node.Outgoing.Count} branches" : node.Incoming.Count == 2 ? "both branches arrived" : $"all {node.Incoming.Count} branches arrived",
            NodeKind.MessageCatch => $"waited for the message {node.MessageName}",
            NodeKind.TimerCatch => $"waited for the timer ({node.Timer?.Expression})",
            NodeKind.BoundaryEvent when node.Boundary == BoundaryKind.Error => $"caught an error on '{Attached(model, node)}'",
            NodeKind.BoundaryEvent => $"came due on '{Attached(model, node)}' ({node.Timer?.Expression}{(node.CancelActivity ? ", interrupting" : "")})",
            NodeKind.SubProcess => "entered",
            NodeKind.EndEvent => node.Terminate ? "reached: terminated the instance" : "reached",
        };
        parts.Add(main);
        foreach (var line in lines)
        {
            var at = When(line.AtUtc);
            switch (line.Kind)
            {
                case JournalKind.WorkItemCompleted: parts.Add($"completed {at}"); break;
                case JournalKind.WorkItemCancelled: parts.Add($"cancelled {at}"); break;
                case JournalKind.MessageReceived: parts.Add($"received {at}"); break;
                case JournalKind.TimerFired: parts.Add($"came due {at}"); break;
                case JournalKind.Left when node.Kind == NodeKind.SubProcess: parts.Add($"left {at}"); break;
                case JournalKind.IncidentRaised: parts.Add($"incident: {line.Text}"); break;
            }
        }

        return string.Join("; ", parts);
    }

    public static string When(DateTime utc) => utc.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private static string Opened(FlowNode node, IReadOnlyList<JournalLine> lines)
    {
        var role = node.Role is null ? "work item" : $"work item for {node.Role}";
        var due = node.DueBusinessDays is { } days ? $", due in {days} business day{(days == 1 ? "" : "s")}" : "";
        return lines.Count == 0 ? role : role + due;
    }

    private static string? Taken(IReadOnlyList<JournalLine> lines)
    {
        var line = lines.FirstOrDefault(l => l.Kind == JournalKind.ConditionTaken);
        var at = line?.Text.IndexOf(" took ", StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : line!.Text[(at + 1)..];
    }

    private static string Attached(ProcessModel model, FlowNode boundary) =>
        boundary.AttachedToId is { } id && model.Nodes.TryGetValue(id, out var activity) ? activity.Label : boundary.AttachedToId ?? "?";
}

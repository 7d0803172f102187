using System.Text.Json;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>A model as JSON text, so two models can be compared by value (records hold lists, compared by reference).</summary>
public static class ModelText
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(ProcessModel model) => JsonSerializer.Serialize(
        new
        {
            model.Id,
            model.Name,
            Nodes = model.NodesInDocumentOrder,
            Flows = model.FlowsInDocumentOrder,
            model.Unsupported,
            model.Lanes,
            model.AttributeProblems,
            model.DocumentOrder,
        },
        Options);
}

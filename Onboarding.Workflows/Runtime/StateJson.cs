using System.Text.Json;
using System.Text.Json.Serialization;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Runtime;

/// <summary>How an instance's state is stored in <c>WorkflowInstance.StateJson</c>.</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(InstanceState state) => JsonSerializer.Serialize(state, Options);

    public static InstanceState Read(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options) ?? throw new InvalidOperationException("The instance's stored state is empty.");

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}

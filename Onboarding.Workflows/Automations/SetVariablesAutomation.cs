using System.Text.Json;
using System.Text.Json.Nodes;

namespace Onboarding.Workflows.Automations;

/// <summary>
/// <c>variables.set</c>: sets instance variables from the task's parameters
/// (<c>onboarding:parameters="depositRequired=true;tier=gold"</c>). A value that is valid JSON is
/// read as JSON (numbers, booleans, objects); anything else is a string.
/// </summary>
public sealed class SetVariablesAutomation : IAutomation
{
    public string Name => "variables.set";

    public string Description => "Sets instance variables from the task's parameters (name=value).";

    public IReadOnlyList<AutomationParameter> Parameters { get; } =
        [new("(any name)", "Each parameter becomes a variable; JSON values keep their type.", Required: false)];

    public Task<JsonObject?> RunAsync(AutomationContext context, CancellationToken cancellationToken)
    {
        var output = new JsonObject();
        foreach (var (name, value) in context.Parameters) output[name] = ParseValue(value);
        return Task.FromResult<JsonObject?>(output);
    }

    internal static JsonNode? ParseValue(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}

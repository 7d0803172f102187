using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onboarding.Web.Playbooks;

/// <summary>The element selected in the modeler, as described by designer.js for the properties panel.</summary>
public sealed record SelectedElement(string Id, string Type, string Name, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>For timer events: Duration, Date or Cycle (null for other elements).</summary>
    public string? TimerKind { get; init; }

    public string? TimerExpression { get; init; }

    /// <summary>True for message events; <see cref="Message"/> is the referenced message's name.</summary>
    public bool IsMessage { get; init; }

    public string? Message { get; init; }

    /// <summary>For sequence flows: the condition text, the source's type and whether it is the source's default flow.</summary>
    public string? Condition { get; init; }

    public string? SourceType { get; init; }

    public bool IsDefault { get; init; }

    public const string SequenceFlow = "bpmn:SequenceFlow";

    /// <summary>A sequence flow out of a gateway or an activity (the flows a condition can be put on).</summary>
    public bool IsConditionalFlow => Type == SequenceFlow && !string.IsNullOrEmpty(SourceType) && !SourceType.EndsWith("Event", StringComparison.Ordinal);

    public const string UserTask = "bpmn:UserTask";
    public const string ServiceTask = "bpmn:ServiceTask";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    /// <summary>Reads designer.js's JSON; null when nothing (or several elements) is selected.</summary>
    public static SelectedElement? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        var dto = JsonSerializer.Deserialize<Dto>(json, Json);
        if (dto?.Id is null) return null;
        return new SelectedElement(dto.Id, dto.Type ?? "", dto.Name ?? "",
            dto.Attributes ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            TimerKind = dto.TimerKind,
            TimerExpression = dto.TimerExpression,
            IsMessage = dto.IsMessage,
            Message = dto.Message,
            Condition = dto.Condition,
            SourceType = dto.SourceType,
            IsDefault = dto.IsDefault,
        };
    }

    private sealed record Dto(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("attributes")] Dictionary<string, string>? Attributes,
        [property: JsonPropertyName("timerKind")] string? TimerKind = null,
        [property: JsonPropertyName("timerExpression")] string? TimerExpression = null,
        [property: JsonPropertyName("isMessage")] bool IsMessage = false,
        [property: JsonPropertyName("message")] string? Message = null,
        [property: JsonPropertyName("condition")] string? Condition = null,
        [property: JsonPropertyName("sourceType")] string? SourceType = null,
        [property: JsonPropertyName("isDefault")] bool IsDefault = false);
}

/// <summary>Changes to apply to an element through the modeler: "name" or onboarding attribute names; null removes.</summary>
public sealed record PropertyChanges(string ElementId, IReadOnlyDictionary<string, string?> Changes);

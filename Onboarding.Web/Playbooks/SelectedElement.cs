using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onboarding.Web.Playbooks;

/// <summary>The element selected in the modeler, as described by designer.js for the properties panel.</summary>
public sealed record SelectedElement(string Id, string Type, string Name, IReadOnlyDictionary<string, string> Attributes)
{
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
            dto.Attributes ?? new Dictionary<string, string>(StringComparer.Ordinal));
    }

    private sealed record Dto(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("attributes")] Dictionary<string, string>? Attributes);
}

/// <summary>Changes to apply to an element through the modeler: "name" or onboarding attribute names; null removes.</summary>
public sealed record PropertyChanges(string ElementId, IReadOnlyDictionary<string, string?> Changes);

using System.Text.Json;

namespace Onboarding.Workflows.Onboardings.Work;

/// <summary>One line of a work item's checklist, as stored in <c>WorkItem.ChecklistJson</c>.</summary>
public sealed record ChecklistLine(string Text, bool Done)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<ChecklistLine> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<ChecklistLine>>(json, Json) ?? [];

    public static string Write(IEnumerable<ChecklistLine> lines) => JsonSerializer.Serialize(lines, Json);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Onboarding.Workflows.Engine;
using JsEngine = Jint.Engine;

namespace Onboarding.Workflows.Conditions;

/// <summary>Builds JavaScript values straight from a <see cref="JsonNode"/> (faster than serialising and re-parsing).</summary>
internal static class JsonToJs
{
    private const int MaxDepth = 64;

    public static JsValue Convert(JsEngine engine, JsonNode? node, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new ConditionException($"The instance variables are nested more than {MaxDepth} levels deep; conditions cannot read them.");
        }

        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                var result = new JsObject(engine);
                foreach (var (name, value) in obj)
                {
                    result.FastSetDataProperty(name, Convert(engine, value, depth + 1));
                }

                return result;
            case JsonArray array:
                return new JsArray(engine, array.Select(item => Convert(engine, item, depth + 1)).ToArray());
            case JsonValue value:
                return Primitive(value);
            default:
                return JsValue.Undefined;
        }
    }

    private static JsValue Primitive(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => new JsString(value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString()) ?? ""),
        JsonValueKind.Number => new JsNumber(value.TryGetValue<double>(out var number)
            ? number
            : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        _ => JsValue.Null,
    };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Engine;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>The environment of engine tests: a fixed clock, the default calendar (Mon-Fri, UTC), a tiny condition language.</summary>
internal static class TestEnvironment
{
    /// <summary>Monday 2 March 2026, 09:00 UTC.</summary>
    public static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static StepEnvironment At(DateTime nowUtc) => new(nowUtc, BusinessCalendar.Default, new TestConditions());
}

/// <summary>
/// Stands in for the Jint evaluator: <c>true</c>, <c>false</c>, <c>vars.x</c>, <c>!vars.x</c>,
/// <c>vars.x OP literal</c> (== != &gt;= &lt;= &gt; &lt;); <c>throw</c> raises a <see cref="ConditionException"/>.
/// </summary>
internal sealed class TestConditions : IConditionEvaluator
{
    private static readonly string[] Operators = ["==", "!=", ">=", "<=", ">", "<"];

    public bool Evaluate(string flowId, string expression, JsonObject variables)
    {
        var text = expression.Trim();
        if (text == "throw")
        {
            throw new ConditionException($"The condition on '{flowId}' is broken.");
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        if (text.StartsWith('!'))
        {
            return !Evaluate(flowId, text[1..], variables);
        }

        foreach (var op in Operators)
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at > 0)
            {
                return Compare(Read(text[..at], variables), op, text[(at + op.Length)..].Trim().Trim('\''));
            }
        }

        return Read(text, variables) is { } value && value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => Number(value) != 0,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            JsonValueKind.False => false,
            _ => true,
        };
    }

    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    private static JsonNode? Read(string path, JsonObject variables)
    {
        var name = path.Trim();
        return name.StartsWith("vars.", StringComparison.Ordinal)
            ? variables[name[5..]]
            : throw new ConditionException($"'{path}' is not a variable (write vars.name).");
    }

    private static bool Compare(JsonNode? left, string op, string literal)
    {
        if (left?.GetValueKind() == JsonValueKind.Number && double.TryParse(literal, CultureInfo.InvariantCulture, out var right))
        {
            var value = Number(left);
            return op switch { "==" => value == right, "!=" => value != right, ">=" => value >= right, "<=" => value <= right, ">" => value > right, _ => value < right };
        }

        var text = left?.ToString() ?? "";
        return op switch { "==" => text == literal, "!=" => text != literal, _ => false };
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Acornima;
using Jint;
using Jint.Runtime;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Conditions;

/// <summary>Turns whatever stopped a condition into a <see cref="ConditionException"/> that names the flow and the fix.</summary>
internal static partial class ConditionErrors
{
    public static ConditionException Translate(string flowId, Exception error, ConditionLimits limits)
    {
        var on = $"The condition on flow '{flowId}'";
        var message = error switch
        {
            TimeoutException =>
                $"{on} took too long (over {limits.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms) and was stopped. "
                + "Keep conditions to simple comparisons over vars, e.g. vars.amount > 1000.",
            StatementsCountOverflowException =>
                $"{on} ran too many steps (over {limits.MaxStatements} statements) and was stopped. A condition is a single expression: remove loops.",
            MemoryLimitExceededException =>
                $"{on} used too much memory (over {limits.MemoryBytes / (1024 * 1024)} MB) and was stopped. Do not build large strings or arrays in a condition.",
            RecursionDepthOverflowException =>
                $"{on} recursed too deeply (over {limits.MaxRecursion} nested calls) and was stopped. A condition is a single expression: remove the recursive function.",
            JavaScriptException thrown => $"{on} threw {Describe(thrown)}",
            ScriptPreparationException { InnerException: ParseErrorException parse } =>
                $"{on} is not valid JavaScript: {parse.Description.TrimEnd('.')} at line {parse.LineNumber}, column {parse.Column + 1}. "
                + "Write a single expression over vars, e.g. vars.amount > 1000.",
            ConditionException known => $"{on}: {known.Message}",
            _ => $"{on} failed: {error.Message} Write a single expression over vars, e.g. vars.amount > 1000.",
        };
        return new ConditionException(message, error);
    }

    /// <summary>"ReferenceError: x is not defined. Read variables as vars.x."</summary>
    private static string Describe(JavaScriptException thrown)
    {
        var name = thrown.Error.IsObject() ? thrown.Error.AsObject().Get("name").ToString() : "an error";
        var text = thrown.Message.TrimEnd('.');
        var hint = NotDefined().Match(text) is { Success: true } missing
            ? $"Read variables as vars.{missing.Groups["name"].Value}."
            : text.StartsWith("Cannot read properties of", StringComparison.Ordinal)
                ? "A variable on the way is missing: guard it (vars.a && vars.a.b) or use optional chaining (vars.a?.b)."
                : text.Contains("String compilation has been disabled", StringComparison.Ordinal)
                    ? "eval and the Function constructor are not allowed in conditions."
                    : "Fix the expression so it reads vars and gives true or false.";
        return $"{name}: {text}. {hint}";
    }

    [GeneratedRegex(@"^(?<name>[\p{L}_$][\p{L}\p{Nd}_$]*) is not defined$", RegexOptions.CultureInvariant)]
    private static partial Regex NotDefined();
}

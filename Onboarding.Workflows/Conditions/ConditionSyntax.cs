using Acornima;
using Acornima.Ast;

namespace Onboarding.Workflows.Conditions;

/// <summary>
/// Checks a sequence flow's condition against our expression language: a single JavaScript expression over
/// <c>vars</c> (the instance variables), using literals, operators and the globals in <see cref="AllowedGlobals"/>.
/// Conditions written for other engines (JUEL <c>${...}</c>, bpmn-elements callbacks, XPath) are explained.
/// </summary>
public static class ConditionSyntax
{
    /// <summary>The longest condition accepted, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>The deepest bracket nesting accepted.</summary>
    public const int MaxNesting = 64;

    /// <summary>The identifiers a condition may use besides the parameters of its own arrow functions.</summary>
    public static readonly IReadOnlySet<string> AllowedGlobals = new HashSet<string>(StringComparer.Ordinal)
    {
        "vars", "Math", "Number", "String", "Boolean", "Date", "JSON", "undefined", "NaN", "Infinity", "isNaN", "parseInt", "parseFloat",
    };

    private const string Example = "e.g. vars.amount > 1000 && vars.country === 'DE'";

    /// <summary>Null when the expression is fine; otherwise what is wrong and how to fix it, for a person.</summary>
    public static string? Check(string expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return $"The condition is empty. Write a JavaScript expression over vars ({Example}), or remove the condition.";
        }

        var code = expression.Trim();
        return ForeignDialects.Explain(code) ?? Limits(code) ?? ParseAndWalk(code);
    }

    private static string? Limits(string code)
    {
        if (code.Length > MaxLength)
        {
            return $"The condition is {code.Length} characters long; keep it under {MaxLength}. Move the logic into an automation that sets a variable, then test that variable.";
        }

        int depth = 0, deepest = 0;
        foreach (var c in code)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest > MaxNesting ? $"The condition nests brackets {deepest} deep; keep it under {MaxNesting}." : null;
    }

    private static string? ParseAndWalk(string code)
    {
        Script script;
        try
        {
            script = new Parser(new ParserOptions { AllowReturnOutsideFunction = true }).ParseScript(code, strict: true);
        }
        catch (ParseErrorException e)
        {
            return $"The condition is not valid JavaScript: {e.Description.TrimEnd('.')} at line {e.LineNumber}, column {e.Column + 1}. "
                + $"Write a single expression over vars, {Example}.";
        }

        var statements = script.Body.Where(s => s is not EmptyStatement).ToList();
        if (statements.Count == 0)
        {
            return $"The condition is empty. Write a JavaScript expression over vars ({Example}), or remove the condition.";
        }

        if (statements.Count > 1 || statements[0] is not ExpressionStatement statement)
        {
            return $"The condition is {Describe(statements[0])}, not an expression. A condition is a single expression that gives true or false, "
                + $"{Example}; drop 'return', 'if', 'var' and ';' between parts.";
        }

        return ConditionWalker.Check(statement.Expression, code);
    }

    private static string Describe(Statement statement) => statement switch
    {
        ReturnStatement => "a return statement",
        IfStatement => "an if statement",
        VariableDeclaration => "a variable declaration",
        LabeledStatement => "a labelled statement (a name followed by ':')",
        ExpressionStatement => "several statements",
        _ => $"a statement ({statement.Type})",
    };
}

using Acornima.Ast;

namespace Onboarding.Workflows.Conditions;

/// <summary>
/// Walks a parsed condition: every free identifier must be an allowed global or an arrow-function parameter;
/// no assignments, no <c>this</c>, no functions with bodies, no reaching into JavaScript internals.
/// </summary>
internal static class ConditionWalker
{
    private static readonly HashSet<string> Internals =
        ["constructor", "__proto__", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"];

    private const string ReadOnly = "a condition only reads variables. To compare, use === (e.g. vars.status === 'signed').";

    public static string? Check(Expression expression, string code)
    {
        if (FindCall(expression, "next") is { } next)
        {
            var value = next.Arguments.Count > 1 ? code[next.Arguments[1].Start..next.Arguments[1].End] : "true";
            var suggestion = ForeignDialects.Suggest(value) ?? ForeignDialects.ToVars(value);
            return $"The condition is written for bpmn-elements (a next(null, value) callback). Write just the value over vars: {suggestion} instead of {code.TrimEnd(';').TrimEnd()}.";
        }

        return Walk(expression, new HashSet<string>(StringComparer.Ordinal), code);
    }

    private static string? Walk(Node node, IReadOnlySet<string> locals, string code) => node switch
    {
        ThisExpression => $"The condition uses 'this' (bpmn-elements style). Read variables as vars.x: write {ForeignDialects.ToVars(code)}.",
        Identifier id => CheckIdentifier(id.Name, locals, code),
        AssignmentExpression => $"The condition assigns a value with '='; {ReadOnly}",
        UpdateExpression => $"The condition changes a value with ++ or --; {ReadOnly}",
        UnaryExpression { Operator: Acornima.Operator.Delete } => $"The condition deletes a value; {ReadOnly}",
        ArrowFunctionExpression arrow => CheckArrow(arrow, locals, code),
        FunctionExpression or ClassExpression or AwaitExpression or YieldExpression or ImportExpression or MetaProperty
            or TaggedTemplateExpression or SequenceExpression or Super =>
            $"The condition uses {Describe(node)}, which a condition cannot contain. Write a single expression over vars, e.g. vars.amount > 1000.",
        MemberExpression member => CheckMember(member, locals, code),
        Property { Computed: false } property => Walk(property.Value, locals, code),
        _ => WalkChildren(node, locals, code),
    };

    private static string? WalkChildren(Node node, IReadOnlySet<string> locals, string code)
    {
        foreach (var child in node.ChildNodes)
        {
            if (Walk(child, locals, code) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckIdentifier(string name, IReadOnlySet<string> locals, string code)
    {
        if (locals.Contains(name) || ConditionSyntax.AllowedGlobals.Contains(name))
        {
            return null;
        }

        return name switch
        {
            "environment" => $"The condition reads 'environment' (bpmn-elements style). Read variables as vars.x: write {ForeignDialects.ToVars(code)}.",
            "execution" => "The condition reads 'execution' (Camunda style). Read variables as vars.x, e.g. vars.approved instead of execution.getVariable('approved').",
            _ => $"The condition uses '{name}', which is not defined here. Read variables as vars.{name}; besides vars only "
                + $"{string.Join(", ", ConditionSyntax.AllowedGlobals.Where(g => g != "vars"))} are available.",
        };
    }

    private static string? CheckArrow(ArrowFunctionExpression arrow, IReadOnlySet<string> locals, string code)
    {
        if (arrow.Body is not Expression || arrow.Async || arrow.Params.Any(p => p is not Identifier))
        {
            return "The condition has a function with a body or unusual parameters; only short arrow functions are allowed, e.g. vars.items.some(i => i.done).";
        }

        var inner = new HashSet<string>(locals, StringComparer.Ordinal);
        inner.UnionWith(arrow.Params.Cast<Identifier>().Select(p => p.Name));
        return Walk(arrow.Body, inner, code);
    }

    private static string? CheckMember(MemberExpression member, IReadOnlySet<string> locals, string code)
    {
        var name = member.Property switch
        {
            Identifier id when !member.Computed => id.Name,
            Literal { Value: string text } => text,
            _ => null,
        };
        if (name is not null && Internals.Contains(name))
        {
            return $"The condition reaches into JavaScript internals ('{name}'); a condition only reads variables such as vars.amount.";
        }

        return Walk(member.Object, locals, code) ?? (member.Computed ? Walk(member.Property, locals, code) : null);
    }

    private static CallExpression? FindCall(Node node, string callee)
    {
        if (node is CallExpression { Callee: Identifier id } call && id.Name == callee)
        {
            return call;
        }

        foreach (var child in node.ChildNodes)
        {
            if (FindCall(child, callee) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Describe(Node node) => node switch
    {
        FunctionExpression => "a function",
        ClassExpression => "a class",
        AwaitExpression => "await",
        YieldExpression => "yield",
        ImportExpression or MetaProperty => "import or new.target",
        TaggedTemplateExpression => "a tagged template",
        SequenceExpression => "several expressions separated by commas",
        _ => node.Type.ToString(),
    };
}

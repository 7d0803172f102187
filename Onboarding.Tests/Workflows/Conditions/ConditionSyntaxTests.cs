using Onboarding.Workflows.Conditions;

namespace Onboarding.Tests.Workflows.Conditions;

/// <summary>Our expression language: one JavaScript expression over vars; foreign dialects explained.</summary>
public sealed class ConditionSyntaxTests
{
    [Theory]
    [InlineData("vars.amount > 1000")]
    [InlineData("vars.amount >= 1000 && vars.country === 'DE' || !vars.approved")]
    [InlineData("vars.items.some(i => i.done) && vars.items.every((item, index) => index < 10)")]
    [InlineData("Math.max(vars.a, 2) > 1 && Number(vars.b) === 3 && String(vars.c).length > 0 && Boolean(vars.d)")]
    [InlineData("new Date(vars.due) < new Date() && Date.now() > 0")]
    [InlineData("vars['deposit-paid'] === true")]
    [InlineData("vars.client?.tier === 'gold'")]
    [InlineData("`${vars.first} ${vars.last}`.length > 3")]
    [InlineData("true")]
    [InlineData("vars.x;")]
    [InlineData("parseInt(vars.n, 10) === 3 && parseFloat(vars.f) > 0.5 && !isNaN(vars.n) && vars.n !== NaN && vars.n < Infinity")]
    [InlineData("JSON.stringify(vars.list) !== '[]' && vars.missing === undefined")]
    [InlineData("vars.kind === 'a' ? vars.x > 1 : vars.y > 2")]
    [InlineData("[1, 2, 3].includes(vars.n) && ({ a: 1, [vars.key]: 2 }).a === 1")]
    public void Plain_expressions_over_vars_are_fine(string expression)
    {
        ConditionSyntax.Check(expression).ShouldBeNull();
    }

    [Theory]
    [InlineData("${environment.variables.take2}", "Write vars.take2 instead of ${environment.variables.take2}.")]
    [InlineData("${environment.output.count}", "Write vars.count instead of ${environment.output.count}.")]
    [InlineData("#{approved}", "Write vars.approved instead of #{approved}.")]
    [InlineData("${true}", "Write true instead of ${true}.")]
    [InlineData("${amount > 1000 and approved}", "Rewrite it as a JavaScript expression over vars")]
    public void JUEL_expressions_are_explained_as_written_for_another_engine(string expression, string fix)
    {
        var message = ConditionSyntax.Check(expression);

        message.ShouldNotBeNull();
        message.ShouldStartWith($"The condition {expression} is written for another engine");
        message.ShouldContain(fix);
    }

    [Theory]
    [InlineData("next(null, environment.variables.take4);", "vars.take4 instead of next(null, environment.variables.take4).")]
    [InlineData("next(null, this.environment.variables.input <= 50);", "vars.input <= 50 instead of")]
    public void Bpmn_elements_callbacks_are_explained(string expression, string fix)
    {
        var message = ConditionSyntax.Check(expression);

        message.ShouldNotBeNull();
        message.ShouldStartWith("The condition is written for bpmn-elements (a next(null, value) callback).");
        message.ShouldContain(fix);
    }

    [Theory]
    [InlineData("environment.variables.total > 1", "reads 'environment' (bpmn-elements style)", "write vars.total > 1")]
    [InlineData("this.environment.variables.ok", "uses 'this' (bpmn-elements style)", "write vars.ok")]
    [InlineData("execution.getVariable('approved')", "reads 'execution' (Camunda style)", "vars.approved")]
    public void Other_engines_variables_are_explained(string expression, string what, string fix)
    {
        var message = ConditionSyntax.Check(expression);

        message.ShouldNotBeNull();
        message.ShouldContain(what);
        message.ShouldContain(fix);
    }

    [Theory]
    [InlineData("if (vars.a) { true }", "an if statement")]
    [InlineData("return vars.a", "a return statement")]
    [InlineData("var a = vars.b", "a variable declaration")]
    [InlineData("vars.a; vars.b", "several statements")]
    [InlineData("bpmn:getDataObject('approved')", "a labelled statement (a name followed by ':')")]
    public void Statements_are_not_conditions(string expression, string kind)
    {
        ConditionSyntax.Check(expression).ShouldBe(
            $"The condition is {kind}, not an expression. A condition is a single expression that gives true or false, "
            + "e.g. vars.amount > 1000 && vars.country === 'DE'; drop 'return', 'if', 'var' and ';' between parts.");
    }

    [Theory]
    [InlineData("amount > 1000", "amount")]
    [InlineData("System.IO.File", "System")]
    [InlineData("vars.items.some(i => i.done) && i", "i")]
    [InlineData("Object.keys(vars).length > 0", "Object")]
    public void Free_identifiers_other_than_the_allowed_globals_are_named(string expression, string name)
    {
        var message = ConditionSyntax.Check(expression);

        message.ShouldNotBeNull();
        message.ShouldStartWith($"The condition uses '{name}', which is not defined here. Read variables as vars.{name};");
        message.ShouldContain("Math, Number, String, Boolean, Date, JSON");
    }

    [Theory]
    [InlineData("vars.a = 1", "assigns a value")]
    [InlineData("vars.a++ > 1", "changes a value")]
    [InlineData("delete vars.a", "deletes a value")]
    [InlineData("(function () { return true; })()", "uses a function")]
    [InlineData("vars.a, vars.b", "several expressions separated by commas")]
    [InlineData("vars.list.some(x => { return x; })", "function with a body")]
    [InlineData("vars.constructor.constructor('return this')()", "JavaScript internals ('constructor')")]
    [InlineData("vars['__proto__'].x", "JavaScript internals ('__proto__')")]
    public void Writes_functions_and_internals_are_refused(string expression, string what)
    {
        ConditionSyntax.Check(expression).ShouldNotBeNull().ShouldContain(what);
    }

    [Fact]
    public void Syntax_errors_give_the_position()
    {
        ConditionSyntax.Check("vars.amount >").ShouldBe(
            "The condition is not valid JavaScript: Unexpected end of input at line 1, column 14. "
            + "Write a single expression over vars, e.g. vars.amount > 1000 && vars.country === 'DE'.");
        ConditionSyntax.Check("vars.a &&\n  vars.b ===").ShouldNotBeNull().ShouldContain("at line 2, column 13");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";")]
    public void Empty_conditions_are_reported(string expression)
    {
        ConditionSyntax.Check(expression).ShouldNotBeNull().ShouldStartWith("The condition is empty.");
    }

    [Fact]
    public void Very_long_or_deeply_nested_conditions_are_refused_before_parsing()
    {
        ConditionSyntax.Check(string.Join(" || ", Enumerable.Repeat("vars.a === 1", 200))).ShouldNotBeNull().ShouldContain("keep it under 2000");
        ConditionSyntax.Check(new string('(', 500) + "vars.a" + new string(')', 500)).ShouldNotBeNull().ShouldContain("nests brackets 500 deep");
    }
}

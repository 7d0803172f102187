using System.Diagnostics;
using System.Text.Json.Nodes;
using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Engine;

namespace Onboarding.Tests.Workflows.Conditions;

/// <summary>Conditions run as sandboxed JavaScript over vars: answers, limits, no CLR, isolation, thread-safety.</summary>
public sealed class JintConditionEvaluatorTests : IDisposable
{
    private static readonly JsonObject Variables = JsonNode.Parse(
        """{ "amount": 1500, "approved": true, "zero": 0, "empty": "", "name": "Acme", "note": null, "items": [ { "done": true }, { "done": false } ], "client": { "country": "DE" } }""")!.AsObject();

    private readonly JintConditionEvaluator evaluator = new();

    public void Dispose() => evaluator.Dispose();

    [Theory]
    [InlineData("vars.amount > 1000", true)]
    [InlineData("vars.amount > 1000 && vars.client.country === 'FR'", false)]
    [InlineData("vars.approved", true)]
    [InlineData("vars.zero", false)]
    [InlineData("vars.empty", false)]
    [InlineData("vars.name", true)]
    [InlineData("vars.note", false)]
    [InlineData("vars.items.some(i => i.done)", true)]
    [InlineData("vars.items.every(i => i.done)", false)]
    [InlineData("vars.items.length === 2", true)]
    [InlineData("Math.max(vars.amount, 2000) === 2000", true)]
    public void Reads_vars_and_answers_with_javascript_truthiness(string expression, bool expected)
    {
        evaluator.Evaluate("f1", expression, Variables).ShouldBe(expected);
    }

    [Theory]
    [InlineData("vars.unknown", false)]
    [InlineData("vars.unknown === undefined", true)]
    [InlineData("vars.unknown?.deeper", false)]
    [InlineData("!vars.unknown", true)]
    public void A_variable_that_is_not_set_is_undefined_not_an_error(string expression, bool expected)
    {
        evaluator.Evaluate("f1", expression, Variables).ShouldBe(expected);
    }

    [Fact]
    public void Values_created_in_code_convert_like_parsed_json()
    {
        var variables = new JsonObject { ["count"] = 3, ["price"] = 9.5m, ["when"] = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), ["flag"] = false };

        evaluator.Evaluate("f1", "vars.count === 3 && vars.price === 9.5 && vars.when.startsWith('2026-01-02') && vars.flag === false", variables).ShouldBeTrue();
    }

    [Fact]
    public void An_undefined_name_names_the_flow_and_says_to_read_vars()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f3", "amount > 1", Variables)).Message
            .ShouldBe("The condition on flow 'f3' threw ReferenceError: amount is not defined. Read variables as vars.amount.");
    }

    [Fact]
    public void Reading_through_a_missing_variable_suggests_a_guard()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f4", "vars.missing.deeper", Variables)).Message
            .ShouldContain("threw TypeError: Cannot read properties of undefined (reading 'deeper'). A variable on the way is missing");
    }

    [Fact]
    public void A_syntax_error_names_the_flow_and_the_position()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f5", "vars.amount >", Variables)).Message
            .ShouldStartWith("The condition on flow 'f5' is not valid JavaScript: Unexpected end of input at line 1, column 14.");
    }

    [Fact]
    public void An_endless_loop_is_stopped_by_the_timeout()
    {
        using var patient = new JintConditionEvaluator(ConditionLimits.Default with { Timeout = TimeSpan.FromMilliseconds(100), MaxStatements = null });
        var clock = Stopwatch.StartNew();

        Should.Throw<ConditionException>(() => patient.Evaluate("f3", "while(true){}", Variables)).Message
            .ShouldStartWith("The condition on flow 'f3' took too long (over 100 ms) and was stopped.");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void With_the_default_limits_an_endless_loop_is_stopped_by_the_statement_limit()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f3", "while(true){}", Variables)).Message
            .ShouldStartWith("The condition on flow 'f3' ran too many steps (over 10000 statements)");
    }

    [Fact]
    public void Allocating_too_much_memory_is_stopped()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f6", "new Array(10000000).fill(1).length > 0", Variables)).Message
            .ShouldStartWith("The condition on flow 'f6' used too much memory (over 4 MB)");
    }

    [Fact]
    public void Deep_recursion_is_stopped()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f7", "(function f(n) { return f(n + 1); })(0)", Variables)).Message
            .ShouldStartWith("The condition on flow 'f7' recursed too deeply (over 64 nested calls)");
    }

    [Theory]
    [InlineData("System.IO.File.Exists('/etc/passwd')", "ReferenceError: System is not defined")]
    [InlineData("importNamespace('System.IO')", "ReferenceError: importNamespace is not defined")]
    [InlineData("clrType", "ReferenceError: clrType is not defined")]
    [InlineData("eval('1 + 1') === 2", "eval and the Function constructor are not allowed")]
    [InlineData("new Function('return 1')() === 1", "eval and the Function constructor are not allowed")]
    [InlineData("vars.constructor.constructor('return this')()", "eval and the Function constructor are not allowed")]
    public void There_is_no_CLR_access_and_no_string_compilation(string expression, string expected)
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f8", expression, Variables)).Message.ShouldContain(expected);
    }

    [Fact]
    public void No_condition_can_change_the_built_ins_or_globals_seen_by_the_next_one()
    {
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f1", "(Math.abs = null) === null", Variables));
        Should.Throw<ConditionException>(() => evaluator.Evaluate("f1", "(Array.prototype.polluted = 1) === 1", Variables));
        evaluator.Evaluate("f1", "(globalThis.leaked = 1) === 1", Variables).ShouldBeTrue();
        evaluator.Evaluate("f1", "(vars.amount = 1) === 1", Variables).ShouldBeTrue();

        evaluator.Evaluate("f2", "typeof Math.abs === 'function' && [].polluted === undefined && typeof leaked === 'undefined' && vars.amount === 1500", Variables)
            .ShouldBeTrue();
        evaluator.Evaluate("f2", "let a = 1; a === 1", Variables).ShouldBeTrue();
        evaluator.Evaluate("f2", "let a = 2; a === 2", Variables).ShouldBeTrue();
        Variables["amount"]!.GetValue<int>().ShouldBe(1500);
    }

    [Fact]
    public void Many_threads_evaluate_at_once_and_each_gets_its_own_answer()
    {
        var failures = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var variables = new JsonObject { ["n"] = i, ["label"] = $"item-{i}" };
            var expected = i % 3 == 0;
            if (evaluator.Evaluate($"f{i}", i % 2 == 0 ? "vars.n % 3 === 0" : "vars.label === 'item-' + vars.n && vars.n % 3 === 0", variables) != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });

        failures.ShouldBe(0);
    }

    [Fact]
    public void The_script_cache_stays_bounded()
    {
        for (var i = 0; i < JintConditionEvaluator.MaxCachedScripts + 50; i++)
        {
            evaluator.Evaluate("f1", $"vars.amount > {i}", Variables);
        }

        evaluator.CachedScripts.ShouldBeLessThanOrEqualTo(JintConditionEvaluator.MaxCachedScripts);
    }
}

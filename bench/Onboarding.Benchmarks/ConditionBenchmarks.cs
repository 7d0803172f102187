using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Jint;
using Onboarding.Workflows.Conditions;

namespace Onboarding.Benchmarks;

/// <summary>
/// One gateway condition over a typical set of instance variables: the pooled evaluator against a fresh sandboxed
/// engine per evaluation (the choice <see cref="JintConditionEvaluator"/> made), and the publish-time syntax check.
/// </summary>
[MemoryDiagnoser]
public class ConditionBenchmarks
{
    private const string Expression = "vars.amount > 1000 && vars.client.country === 'DE' && vars.items.some(i => i.done)";

    private static readonly JsonObject Variables = JsonNode.Parse(
        """{ "amount": 1500, "approved": true, "client": { "country": "DE", "tier": "gold" }, "items": [ { "done": true }, { "done": false } ], "name": "Acme" }""")!.AsObject();

    private readonly JintConditionEvaluator pooled = new();
    private readonly Prepared<Acornima.Ast.Script> prepared = Jint.Engine.PrepareScript(Expression, strict: true);

    [GlobalCleanup]
    public void Cleanup() => pooled.Dispose();

    [Benchmark(Baseline = true)]
    public bool PooledEvaluator() => pooled.Evaluate("f1", Expression, Variables);

    [Benchmark]
    public bool FreshSandboxPerEvaluation()
    {
        using var engine = new ConditionEngine(ConditionLimits.Default);
        engine.Engine.SetValue("vars", JsonToJs.Convert(engine.Engine, Variables));
        return Jint.Runtime.TypeConverter.ToBoolean(engine.Engine.Evaluate(prepared));
    }

    [Benchmark]
    public string? SyntaxCheck() => ConditionSyntax.Check(Expression);
}

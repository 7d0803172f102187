using Jint;
using Jint.Native.Object;
using JsEngine = Jint.Engine;

namespace Onboarding.Workflows.Conditions;

/// <summary>
/// A sandboxed Jint engine kept for reuse: strict mode, time/memory/recursion/statement limits, no CLR access,
/// no <c>eval</c> or <c>Function</c> constructor, the built-ins frozen so no evaluation can change them for the
/// next one, and the global bindings restored before each evaluation.
/// </summary>
internal sealed class ConditionEngine : IDisposable
{
    private static readonly string[] Frozen =
    [
        "Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Math", "JSON", "Date", "RegExp",
        "Map", "Set", "WeakMap", "WeakSet", "Promise", "Reflect", "Error", "TypeError", "RangeError", "SyntaxError",
        "ReferenceError", "EvalError", "URIError", "ArrayBuffer", "DataView", "isNaN", "isFinite", "parseInt", "parseFloat",
    ];

    private readonly GlobalSnapshot snapshot;

    public ConditionEngine(ConditionLimits limits)
    {
        Engine = new JsEngine(options =>
        {
            options.Strict().DisableStringCompilation()
                .TimeoutInterval(limits.Timeout)
                .LimitMemory(limits.MemoryBytes)
                .LimitRecursion(limits.MaxRecursion);
            if (limits.MaxStatements is { } statements)
            {
                options.MaxStatements(statements);
            }
        });
        FreezeBuiltIns(Engine);
        snapshot = Engine.Advanced.CaptureGlobalSnapshot();
    }

    public JsEngine Engine { get; }

    /// <summary>Returns the globals to their state after setup (drops <c>vars</c>, leaked globals and top-level declarations).</summary>
    public void Reset() => Engine.Advanced.RestoreGlobalSnapshot(snapshot);

    public void Dispose() => Engine.Dispose();

    private static void FreezeBuiltIns(JsEngine engine)
    {
        var freeze = engine.Intrinsics.Object.Get("freeze");
        foreach (var name in Frozen)
        {
            if (engine.GetValue(name) is not ObjectInstance builtIn)
            {
                continue;
            }

            freeze.Call(builtIn);
            if (builtIn.Get("prototype") is ObjectInstance prototype)
            {
                freeze.Call(prototype);
            }
        }
    }
}

using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Engine;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>The environment of engine tests: a fixed clock, the default calendar (Mon-Fri, UTC), the Jint condition evaluator.</summary>
internal static class TestEnvironment
{
    /// <summary>Monday 2 March 2026, 09:00 UTC.</summary>
    public static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The real sandboxed JavaScript evaluator, shared (it is thread-safe and pools its engines).</summary>
    public static readonly JintConditionEvaluator Conditions = new();

    public static StepEnvironment At(DateTime nowUtc) => new(nowUtc, BusinessCalendar.Default, Conditions);
}

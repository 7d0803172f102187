using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Runtime;

/// <summary>Settings of the runtime and scheduler (section <c>Workflows</c> in configuration).</summary>
public sealed class WorkflowOptions
{
    /// <summary>How often the scheduler looks for due timers and pending automations when not woken.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed timer or automation stays with the node that claimed it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timers fired per transaction.</summary>
    public int TimerBatchSize { get; set; } = 200;

    public int MaxAutomationAttempts { get; set; } = 3;

    public TimeSpan AutomationBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message nobody waits for is kept for an instance that may wait for it later.</summary>
    public TimeSpan MessageBufferTime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The firm's name as clients see it, for example in the kickoff invitation's title.</summary>
    public string FirmName { get; set; } = "Onboarding";

    /// <summary>The firm's time zone id (IANA or Windows), weekend days and holidays (yyyy-MM-dd).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Non-working days; empty means Saturday and Sunday. (Empty by default so configuration replaces it rather than adding to it.)</summary>
    public List<DayOfWeek> Weekend { get; set; } = [];

    public List<DateOnly> Holidays { get; set; } = [];

    public BusinessCalendar CreateCalendar() =>
        new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), Weekend.Count == 0 ? [DayOfWeek.Saturday, DayOfWeek.Sunday] : Weekend.Distinct(), Holidays);
}

/// <summary>Builds the step environment: the clock's now, the firm's calendar, the condition sandbox.</summary>
public sealed class StepEnvironmentFactory(TimeProvider clock, IBusinessCalendar calendar, IConditionEvaluator conditions, WorkflowOptions options)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public StepEnvironment Create() => new(UtcNow, calendar, conditions)
    {
        MaxAutomationAttempts = options.MaxAutomationAttempts,
        AutomationBackoff = options.AutomationBackoff,
    };
}

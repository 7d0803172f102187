using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>One scope line against the latest check-in: budgeted vs delivered so far.</summary>
public sealed record BurnLine(ScopeLine Line, decimal QuantityDelivered, decimal HoursUsed)
{
    public decimal HoursOver => Math.Max(0, HoursUsed - Line.HoursBudgeted);

    public decimal HoursShare => ScopeHealthAdvisor.Share(HoursUsed, Line.HoursBudgeted);

    public decimal QuantityShare => ScopeHealthAdvisor.Share(QuantityDelivered, Line.QuantityPlanned);

    /// <summary>At risk as <see cref="ScopeHealthAdvisor"/> sees a line: most of its hours used with its quantity behind.</summary>
    public bool AtRisk => ScopeHealthAdvisor.Suggest([Line], [new DeliveredWork(Line.Name, QuantityDelivered, HoursUsed, Line.ChangeRequestId)]).Health == ScopeHealth.AtRisk;
}

/// <summary>A recorded check-in as the history shows it.</summary>
public sealed record CheckInEntry(
    Guid Id, DateOnly HeldOn, ScopeHealth Health, string Notes, string RecordedBy, DateTime RecordedAtUtc,
    Guid StatementOfWorkId, IReadOnlyList<DeliveredWork> Delivered, string Fingerprint)
{
    public decimal HoursUsed => Delivered.Sum(d => d.HoursUsed);
}

public enum CadenceState
{
    /// <summary>The playbook has no timer opening check-ins: they are recorded when the team decides.</summary>
    NotInPlaybook,
    /// <summary>The workflow has not reached the step the cadence runs on.</summary>
    NotStarted,
    Running,
    /// <summary>The step the cadence runs on is done: no more check-ins are asked for.</summary>
    Ended,
}

/// <summary>When check-ins come: the playbook's cadence, the next one, the ones waiting.</summary>
public sealed record CheckInSchedule(
    string? Cadence, string? RunsWhile, CadenceState State, DateTime? NextOpensAtUtc, IReadOnlyList<CheckInDueStanding> Standings, DateTime NowUtc, string TimeZone = "UTC")
{
    /// <summary>"Tue 8 Dec" in the firm's time zone.</summary>
    public string Day(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(TimeZone))
        .ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The check-in work items open and not yet answered, oldest first.</summary>
    public IReadOnlyList<CheckInDueStanding> Waiting => [.. Standings.Where(s => !s.IsCovered && s.Due.Status == Domain.Playbooks.WorkItemStatus.Open)];

    public IReadOnlyList<CheckInDueStanding> Overdue => [.. Waiting.Where(s => s.IsOverdue(NowUtc))];

    /// <summary>The due date of the oldest check-in waiting, if any.</summary>
    public DateTime? NextDueAtUtc => Waiting.Select(w => w.Due.DueAtUtc).FirstOrDefault(d => d is not null);

    public int Late => Standings.Count(s => s.Late);
}

/// <summary>The check-ins section of an onboarding: the scope measured against, the burn, the history and the cadence.</summary>
public sealed record CheckInOverview(
    Guid OnboardingId, ApprovedScope? Scope, IReadOnlyList<CheckInEntry> History, CheckInSchedule Schedule, DateOnly Today, DateOnly OnboardingStart)
{
    /// <summary>Newest first.</summary>
    public CheckInEntry? Latest => History.FirstOrDefault();

    /// <summary>Each scope line with the latest check-in's numbers (0 before the first one).</summary>
    public IReadOnlyList<BurnLine> Burn => Scope is null ? [] : [.. Scope.Lines.Select(l => l.FindIn(Latest?.Delivered ?? []) is { } d
        ? new BurnLine(l, d.QuantityDelivered, d.HoursUsed)
        : new BurnLine(l, 0, 0))];

    public decimal HoursUsed => Burn.Sum(b => b.HoursUsed);

    public decimal HoursBudgeted => Burn.Sum(b => b.Line.HoursBudgeted);

    public HealthSuggestion? Suggested => Scope is null ? null : ScopeHealthAdvisor.Suggest(Scope.Lines, Latest?.Delivered ?? []);

    /// <summary>The latest check-in, when it can be corrected: measured against the SOW version approved now.</summary>
    public CheckInEntry? Correctable => Latest is { } latest && latest.StatementOfWorkId == Scope?.SowId ? latest : null;

    public CheckInDraft? NewDraft() => Scope is null ? null : CheckInDrafts.New(Scope, Latest?.Id, Latest?.Delivered ?? [], Today);
}

using System.ComponentModel.DataAnnotations;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>What every readiness form carries: when the record it edits was saved, as loaded (null for a new record).</summary>
public abstract class RecordDraft
{
    /// <summary>A save based on an older version is refused, so two people editing the same record do not silently undo each other.</summary>
    public DateTime? BasedOnSavedAtUtc { get; set; }
}

/// <summary>A measurable goal as typed in the form; <see cref="ReadinessRules.GoalProblems"/> has the rules that need the onboarding.</summary>
public sealed class GoalDraft : RecordDraft
{
    [Required(ErrorMessage = "Name the metric, e.g. \"Organic sessions a month\".")]
    [MaxLength(200, ErrorMessage = "Keep the metric under 200 characters.")]
    public string? Metric { get; set; }

    [Required(ErrorMessage = "Give the baseline: where the metric stands today, with a number (\"4,200 sessions\").")]
    [MaxLength(100, ErrorMessage = "Keep the baseline under 100 characters.")]
    public string? Baseline { get; set; }

    [Required(ErrorMessage = "Give the target with a number (\"6,000 sessions\", \"3.5%\").")]
    [MaxLength(100, ErrorMessage = "Keep the target under 100 characters.")]
    public string? Target { get; set; }

    [Required(ErrorMessage = "Choose the date the target is due by.")]
    public DateTime? TargetDate { get; set; }

    public static GoalDraft From(SuccessGoal goal) => new()
    {
        Metric = goal.Metric, Baseline = goal.Baseline, Target = goal.Target, TargetDate = goal.TargetDate.ToDateTime(TimeOnly.MinValue),
        BasedOnSavedAtUtc = goal.UpdatedAtUtc,
    };
}

/// <summary>The communication plan as typed in the form.</summary>
public sealed class CommunicationPlanDraft : RecordDraft
{
    [Required(ErrorMessage = "Choose the channel agreed with the client.")]
    public CommunicationChannel? Channel { get; set; }

    [Required(ErrorMessage = "Choose how often reports are sent.")]
    public ReportCadence? ReportCadence { get; set; }

    [Required(ErrorMessage = "Give the response time in business hours (1 to 168).")]
    public int? ResponseTimeHours { get; set; }

    [Required(ErrorMessage = "Say how the client reaches the firm when something is urgent, e.g. \"Call Alex on +44 20 7946 0018\".")]
    [MaxLength(500, ErrorMessage = "Keep the urgent path under 500 characters.")]
    public string? UrgentPath { get; set; }

    [MaxLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    public static CommunicationPlanDraft From(CommunicationPlan plan) => new()
    {
        Channel = plan.Channel, ReportCadence = plan.ReportCadence, ResponseTimeHours = plan.ResponseTimeHours, UrgentPath = plan.UrgentPath, Notes = plan.Notes,
        BasedOnSavedAtUtc = plan.UpdatedAtUtc,
    };
}

/// <summary>The reporting plan as typed in the form.</summary>
public sealed class ReportingPlanDraft : RecordDraft
{
    [Required(ErrorMessage = "List the KPIs the client cares about, one per line.")]
    [MaxLength(2000, ErrorMessage = "Keep the KPIs under 2,000 characters.")]
    public string? Kpis { get; set; }

    [Required(ErrorMessage = "Name the report template or dashboard, e.g. \"Monthly SEO dashboard\".")]
    [MaxLength(200, ErrorMessage = "Keep the template name under 200 characters.")]
    public string? ReportTemplate { get; set; }

    [Required(ErrorMessage = "Choose the report cadence.")]
    public ReportCadence? Cadence { get; set; }

    [Required(ErrorMessage = "Choose the date of the first report.")]
    public DateTime? FirstReportDate { get; set; }

    public static ReportingPlanDraft From(ReportingPlan plan) => new()
    {
        Kpis = plan.Kpis, ReportTemplate = plan.ReportTemplate, Cadence = plan.Cadence, FirstReportDate = plan.FirstReportDate.ToDateTime(TimeOnly.MinValue),
        BasedOnSavedAtUtc = plan.UpdatedAtUtc,
    };
}

/// <summary>Brand guidelines received, as typed in the form.</summary>
public sealed class BrandGuidelinesDraft : RecordDraft
{
    [Required(ErrorMessage = "Choose the date the brand guidelines arrived.")]
    public DateTime? ReceivedOn { get; set; }

    [Required(ErrorMessage = "Say where the team finds them: a link, or e.g. \"PDF in the shared drive, /Brand\".")]
    [MaxLength(500, ErrorMessage = "Keep the location under 500 characters.")]
    public string? Location { get; set; }

    public static BrandGuidelinesDraft From(BrandGuidelines guidelines) => new()
    {
        ReceivedOn = guidelines.ReceivedOn.ToDateTime(TimeOnly.MinValue), Location = guidelines.Location,
        BasedOnSavedAtUtc = guidelines.UpdatedAtUtc,
    };
}

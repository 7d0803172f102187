namespace Onboarding.Domain.Onboardings;

/// <summary>What the client will be shown: the KPIs they care about, the report template, the cadence and the first report date.</summary>
public sealed class ReportingPlan : RecordedByStaff, IOnboardingRecord
{
    public Guid OnboardingId { get; set; }

    /// <summary>The KPIs, one per line.</summary>
    public string Kpis { get; set; } = "";

    public string ReportTemplate { get; set; } = "";

    public ReportCadence Cadence { get; set; }

    public DateOnly FirstReportDate { get; set; }
}

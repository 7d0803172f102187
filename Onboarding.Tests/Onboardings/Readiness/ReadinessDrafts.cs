using Onboarding.Domain.Onboardings;
using Onboarding.Workflows.Onboardings.Readiness;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>Valid readiness drafts for an onboarding that starts on <see cref="OnboardingWorld.Today"/>; tests change only what they are about.</summary>
internal static class ValidDrafts
{
    public static DateTime Day(int daysFromToday) => OnboardingWorld.Today.AddDays(daysFromToday).ToDateTime(TimeOnly.MinValue);

    public static GoalDraft Goal(string metric = "Organic sessions a month") =>
        new() { Metric = metric, Baseline = "4,200 sessions", Target = "6,000 sessions", TargetDate = Day(120) };

    public static CommunicationPlanDraft CommunicationPlan() => new()
    {
        Channel = CommunicationChannel.WeeklyCall, ReportCadence = ReportCadence.Monthly, ResponseTimeHours = 8, UrgentPath = "Call Alex on +44 20 7946 0018",
    };

    public static ReportingPlanDraft ReportingPlan() => new()
    {
        Kpis = "Organic sessions\nLeads from the website", ReportTemplate = "Monthly SEO dashboard", Cadence = ReportCadence.Monthly, FirstReportDate = Day(30),
    };

    public static BrandGuidelinesDraft BrandGuidelines() => new() { ReceivedOn = Day(0), Location = "PDF in the shared drive, /Brand" };
}

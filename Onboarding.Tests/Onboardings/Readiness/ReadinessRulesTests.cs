using System.ComponentModel.DataAnnotations;
using Onboarding.Workflows.Onboardings.Readiness;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>The rules each readiness record must pass, as field errors that say what to write instead.</summary>
public sealed class ReadinessRulesTests
{
    private static readonly DateOnly Start = OnboardingWorld.Today;
    private static readonly DateOnly Today = OnboardingWorld.Today;

    private static List<ValidationResult> Goal(Action<GoalDraft> change)
    {
        var draft = ValidDrafts.Goal();
        change(draft);
        return ReadinessRules.GoalProblems(draft, Start, Today);
    }

    private static string Only(List<ValidationResult> errors, string member)
    {
        var error = errors.ShouldHaveSingleItem();
        error.MemberNames.ShouldBe([member]);
        return error.ErrorMessage!;
    }

    [Theory]
    [InlineData("4,200 sessions", "6,000 sessions")]
    [InlineData("2.1%", "3.5%")]
    [InlineData("£8k", "£12k")]
    [InlineData("0", "40 leads")]
    public void Goal_WithNumbers_IsValid(string baseline, string target) =>
        Goal(g => (g.Baseline, g.Target) = (baseline, target)).ShouldBeEmpty();

    [Theory]
    [InlineData("More traffic", "\"More\"")]
    [InlineData("Better rankings", "\"Better\"")]
    [InlineData("Improve conversion", "\"Improve\"")]
    public void Goal_VagueMetric_IsRefused_WithWhatAMeasurableGoalLooksLike(string metric, string word)
    {
        var message = Only(Goal(g => g.Metric = metric), nameof(GoalDraft.Metric));
        message.ShouldStartWith($"{word} says which way to go, not what to measure.");
        message.ShouldContain("A measurable goal names what is counted, where it stands and where it should be");
    }

    [Fact]
    public void Goal_BaselineWithoutANumber_AsksForOne() =>
        Only(Goal(g => g.Baseline = "low"), nameof(GoalDraft.Baseline)).ShouldBe("The baseline needs a number. Give where the metric stands today, e.g. \"4,200 sessions\" or \"2.1%\".");

    [Fact]
    public void Goal_VagueTarget_SaysItIsADirection() =>
        Only(Goal(g => g.Target = "more"), nameof(GoalDraft.Target)).ShouldStartWith("\"more\" is a direction, not a target. Give where it should be");

    [Theory]
    [InlineData("4,200 sessions", "4200 Sessions")]
    [InlineData("3%", "3%")]
    public void Goal_TargetEqualToItsBaseline_IsRefused(string baseline, string target) =>
        Only(Goal(g => (g.Baseline, g.Target) = (baseline, target)), nameof(GoalDraft.Target)).ShouldStartWith("The target equals the baseline");

    [Fact]
    public void Goal_MissingFields_EachSayWhatToGive()
    {
        var errors = Goal(g => (g.Metric, g.Baseline, g.Target, g.TargetDate) = (" ", null, "", null));
        errors.Select(e => e.MemberNames.Single()).ShouldBe(["Metric", "Baseline", "Target", "TargetDate"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(0, "must be after the onboarding's start date (24 Nov 2026)")]
    [InlineData(-10, "must be after the onboarding's start date (24 Nov 2026)")]
    [InlineData(3 * 366, "is more than 3 years ahead")]
    public void Goal_TargetDate_AfterTheStartAndWithinThreeYears(int days, string problem) =>
        Only(Goal(g => g.TargetDate = ValidDrafts.Day(days)), nameof(GoalDraft.TargetDate)).ShouldContain(problem);

    [Fact]
    public void Goal_TargetDateThreeYearsAhead_IsValid() =>
        Goal(g => g.TargetDate = Today.AddYears(3).ToDateTime(TimeOnly.MinValue)).ShouldBeEmpty();

    [Theory]
    [InlineData(1, true)]
    [InlineData(168, true)]
    [InlineData(0, false)]
    [InlineData(169, false)]
    public void CommunicationPlan_ResponseTime_IsOneToOneHundredSixtyEightHours(int hours, bool valid)
    {
        var draft = ValidDrafts.CommunicationPlan();
        draft.ResponseTimeHours = hours;
        var errors = ReadinessRules.CommunicationPlanProblems(draft);
        if (valid) errors.ShouldBeEmpty();
        else Only(errors, nameof(CommunicationPlanDraft.ResponseTimeHours)).ShouldBe("Give the response time as 1 to 168 business hours (168 is a week).");
    }

    [Theory]
    [InlineData("Call Alex", "Say who to contact and how when something is urgent")]
    [InlineData("", "Say how the client reaches the firm when something is urgent")]
    public void CommunicationPlan_UrgentPath_IsRequiredAndSaysWhoAndHow(string path, string problem)
    {
        var draft = ValidDrafts.CommunicationPlan();
        draft.UrgentPath = path;
        Only(ReadinessRules.CommunicationPlanProblems(draft), nameof(CommunicationPlanDraft.UrgentPath)).ShouldStartWith(problem);
    }

    [Fact]
    public void CommunicationPlan_WithoutChannelOrCadence_NamesBoth()
    {
        var draft = ValidDrafts.CommunicationPlan();
        (draft.Channel, draft.ReportCadence) = (null, null);
        ReadinessRules.CommunicationPlanProblems(draft).Select(e => e.MemberNames.Single()).ShouldBe(["Channel", "ReportCadence"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("", "Kpis")]
    [InlineData(" \n ", "Kpis")]
    public void ReportingPlan_NeedsAtLeastOneKpi(string kpis, string member)
    {
        var draft = ValidDrafts.ReportingPlan();
        draft.Kpis = kpis;
        Only(ReadinessRules.ReportingPlanProblems(draft, Start), member).ShouldBe("List the KPIs the client cares about, one per line.");
    }

    [Fact]
    public void ReportingPlan_NeedsATemplate()
    {
        var draft = ValidDrafts.ReportingPlan();
        draft.ReportTemplate = "";
        Only(ReadinessRules.ReportingPlanProblems(draft, Start), nameof(ReportingPlanDraft.ReportTemplate)).ShouldStartWith("Name the report template");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(7, true)]
    public void ReportingPlan_FirstReport_OnOrAfterTheStart(int days, bool valid)
    {
        var draft = ValidDrafts.ReportingPlan();
        draft.FirstReportDate = ValidDrafts.Day(days);
        var errors = ReadinessRules.ReportingPlanProblems(draft, Start);
        if (valid) errors.ShouldBeEmpty();
        else Only(errors, nameof(ReportingPlanDraft.FirstReportDate)).ShouldBe("The first report cannot come before the onboarding starts (24 Nov 2026). Choose that date or a later one.");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    [InlineData(-30, true)]
    public void BrandGuidelines_ReceivedDate_NotInTheFuture(int days, bool valid)
    {
        var draft = ValidDrafts.BrandGuidelines();
        draft.ReceivedOn = ValidDrafts.Day(days);
        var errors = ReadinessRules.BrandGuidelinesProblems(draft, Today);
        if (valid) errors.ShouldBeEmpty();
        else Only(errors, nameof(BrandGuidelinesDraft.ReceivedOn)).ShouldBe("The received date is in the future. Record the guidelines once they have arrived.");
    }

    [Fact]
    public void BrandGuidelines_NeedALocation()
    {
        var draft = ValidDrafts.BrandGuidelines();
        draft.Location = " ";
        Only(ReadinessRules.BrandGuidelinesProblems(draft, Today), nameof(BrandGuidelinesDraft.Location)).ShouldStartWith("Say where the team finds them");
    }
}

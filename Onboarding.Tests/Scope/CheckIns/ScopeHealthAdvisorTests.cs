using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.CheckIns;

namespace Onboarding.Tests.Scope.CheckIns;

public sealed class ScopeHealthAdvisorTests
{
    private static readonly ApprovedScope Scope = new(Guid.NewGuid(), 1, null, null, CheckInWorld.Content(),
        [new ApprovedAddendum(Guid.NewGuid(), "CR-001", "Extra landing page", 8, 960, "USD", ChangeRequestStatus.Approved)]);

    private static DeliveredWork Articles(decimal quantity, decimal hours) => new("Blog articles", quantity, hours);

    [Fact]
    public void Suggest_WithinBudget_IsOnTrack()
    {
        var suggestion = ScopeHealthAdvisor.Suggest(Scope.Lines, [Articles(5, 20)]);

        suggestion.Health.ShouldBe(ScopeHealth.OnTrack);
        suggestion.Explanation.ShouldBe("Hours and quantities are within the approved scope.");
    }

    [Fact]
    public void Suggest_HoursBeyondALinesBudget_IsOverScope_NamingTheOverrun()
    {
        var suggestion = ScopeHealthAdvisor.Suggest(Scope.Lines, [Articles(9, 52)]);

        suggestion.Health.ShouldBe(ScopeHealth.OverScope);
        suggestion.Explanation.ShouldBe("Blog articles: 52 h used of 40 h budgeted (+12 h over).");
    }

    [Fact]
    public void Suggest_MoreDeliveredThanPlanned_IsOverScope()
    {
        ScopeHealthAdvisor.Suggest(Scope.Lines, [Articles(12, 38)]).Explanation.ShouldBe("Blog articles: 12 of 10 articles delivered, more than the SOW plans.");
    }

    [Fact]
    public void Suggest_NinetyPercentOfTheHoursWithQuantityBehind_IsAtRisk()
    {
        var suggestion = ScopeHealthAdvisor.Suggest(Scope.Lines, [Articles(4, 36)]);

        suggestion.Health.ShouldBe(ScopeHealth.AtRisk);
        suggestion.Explanation.ShouldBe("Blog articles: 90% of the hours used with 4 of 10 articles delivered.");
    }

    [Fact]
    public void Suggest_NinetyPercentOfTheHoursWithEverythingDelivered_IsOnTrack()
    {
        ScopeHealthAdvisor.Suggest(Scope.Lines, [Articles(10, 39)]).Health.ShouldBe(ScopeHealth.OnTrack);
    }

    [Fact]
    public void Suggest_AddendumHoursOverItsImpact_IsOverScope_AndOverScopeOutranksAtRisk()
    {
        var addendum = Scope.Lines.Single(l => l.Kind == ScopeLineKind.Addendum);
        var suggestion = ScopeHealthAdvisor.Suggest(Scope.Lines, [Articles(4, 36), new DeliveredWork(addendum.Name, 0, 10, addendum.ChangeRequestId)]);

        suggestion.Health.ShouldBe(ScopeHealth.OverScope);
        suggestion.Reasons.ShouldBe(["CR-001 Extra landing page: 10 h used of 8 h budgeted (+2 h over)."]);
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>An onboarding's measurable goals: add, edit, remove and reorder, each audited; saving lets the goals gate pass.</summary>
public sealed class SuccessGoals(IDbContextFactory<OnboardingDbContext> databases, ReadinessRecorder recorder)
{
    public async Task<int> AddAsync(Guid onboardingId, GoalDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var dates = await recorder.DatesAsync(db, onboardingId, ct);
        DraftValidation.ThrowIfInvalid(ReadinessRules.GoalProblems(draft, dates.StartDate, dates.Today));
        var last = await db.SuccessGoals.Where(g => g.OnboardingId == onboardingId).MaxAsync(g => (int?)g.Position, ct) ?? -1;
        var goal = new SuccessGoal { OnboardingId = onboardingId, Position = last + 1 };
        Apply(goal, draft);
        db.SuccessGoals.Add(goal);
        recorder.Record(db, goal, onboardingId, by, "Goal added", Describe(goal));
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
        return goal.Id;
    }

    public async Task UpdateAsync(int goalId, GoalDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var goal = await FindAsync(db, goalId, ct);
        var dates = await recorder.DatesAsync(db, goal.OnboardingId, ct);
        DraftValidation.ThrowIfInvalid(ReadinessRules.GoalProblems(draft, dates.StartDate, dates.Today));
        ReadinessRecorder.EnsureCurrent(goal, draft, "This goal");
        var before = Describe(goal);
        Apply(goal, draft);
        recorder.Record(db, goal, goal.OnboardingId, by, "Goal changed", $"{before} → {Describe(goal)}");
        await recorder.SaveAndAdvanceAsync(db, goal.OnboardingId, by, ct);
    }

    public async Task RemoveAsync(int goalId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var goal = await FindAsync(db, goalId, ct);
        db.SuccessGoals.Remove(goal);
        recorder.Record(db, null, goal.OnboardingId, by, "Goal removed", Describe(goal));
        await recorder.SaveAndAdvanceAsync(db, goal.OnboardingId, by, ct);
    }

    /// <summary>Moves a goal one place up (<paramref name="offset"/> -1) or down (+1); at either end nothing changes.</summary>
    public async Task MoveAsync(int goalId, int offset, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var goal = await FindAsync(db, goalId, ct);
        var goals = await db.SuccessGoals.Where(g => g.OnboardingId == goal.OnboardingId).OrderBy(g => g.Position).ThenBy(g => g.Id).ToListAsync(ct);
        var from = goals.FindIndex(g => g.Id == goalId);
        var to = from + Math.Sign(offset);
        if (to < 0 || to >= goals.Count) return;
        (goals[from], goals[to]) = (goals[to], goals[from]);
        for (var i = 0; i < goals.Count; i++) goals[i].Position = i;
        recorder.Record(db, null, goal.OnboardingId, by, "Goals reordered", string.Join("; ", goals.Select((g, i) => $"{i + 1}. {g.Metric}")));
        await recorder.SaveAndAdvanceAsync(db, goal.OnboardingId, by, ct);
    }

    private static async Task<SuccessGoal> FindAsync(OnboardingDbContext db, int goalId, CancellationToken ct) =>
        await db.SuccessGoals.SingleOrDefaultAsync(g => g.Id == goalId, ct) ?? throw new NotFoundException("The goal");

    private static void Apply(SuccessGoal goal, GoalDraft draft)
    {
        goal.Metric = draft.Metric!.Trim();
        goal.Baseline = draft.Baseline!.Trim();
        goal.Target = draft.Target!.Trim();
        goal.TargetDate = DateOnly.FromDateTime(draft.TargetDate!.Value);
    }

    private static string Describe(SuccessGoal goal) => $"{goal.Metric}: {goal.Baseline} to {goal.Target} by {goal.TargetDate:d MMM yyyy}";
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>Records or clears the receipt of the client's brand guidelines, audited; recording lets the brand guidelines gate pass.</summary>
public sealed class BrandGuidelinesRecords(IDbContextFactory<OnboardingDbContext> databases, ReadinessRecorder recorder)
{
    public async Task SaveAsync(Guid onboardingId, BrandGuidelinesDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var dates = await recorder.DatesAsync(db, onboardingId, ct);
        DraftValidation.ThrowIfInvalid(ReadinessRules.BrandGuidelinesProblems(draft, dates.Today));
        var guidelines = await db.BrandGuidelines.SingleOrDefaultAsync(g => g.OnboardingId == onboardingId, ct);
        ReadinessRecorder.EnsureCurrent(guidelines, draft, "The brand guidelines record");
        var action = guidelines is null ? "Brand guidelines recorded" : "Brand guidelines changed";
        if (guidelines is null) db.BrandGuidelines.Add(guidelines = new BrandGuidelines { OnboardingId = onboardingId });
        guidelines.ReceivedOn = DateOnly.FromDateTime(draft.ReceivedOn!.Value);
        guidelines.Location = draft.Location!.Trim();
        recorder.Record(db, guidelines, onboardingId, by, action, $"Received {guidelines.ReceivedOn:d MMM yyyy}; kept at {guidelines.Location}");
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
    }

    public async Task ClearAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var guidelines = await db.BrandGuidelines.SingleOrDefaultAsync(g => g.OnboardingId == onboardingId, ct);
        if (guidelines is null) return;
        db.BrandGuidelines.Remove(guidelines);
        recorder.Record(db, null, onboardingId, by, "Brand guidelines cleared", $"Was received {guidelines.ReceivedOn:d MMM yyyy}; kept at {guidelines.Location}");
        await recorder.SaveAndAdvanceAsync(db, onboardingId, by, ct);
    }
}

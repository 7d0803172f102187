using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>Someone else changed or deleted the change request first; the message says what it is now.</summary>
public sealed class ChangeRequestChangedException(string message) : DomainException(message);

/// <summary>Reading and saving change requests the same way for every action: as the caller saw them, or a clear conflict.</summary>
internal static class ChangeRequestStore
{
    /// <summary>The change request (tracked) as the caller last saw it (<paramref name="concurrencyToken"/>), or what changed since.</summary>
    public static async Task<ChangeRequest> LoadAsync(OnboardingDbContext db, Guid id, Guid concurrencyToken, CancellationToken ct)
    {
        var change = await db.ChangeRequests.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw Deleted();
        if (change.ConcurrencyToken != concurrencyToken) throw Changed(change);
        return change;
    }

    /// <summary>Saves; when someone saved the same change request in between, says what it is now.</summary>
    public static async Task SaveAsync(IDbContextFactory<OnboardingDbContext> databases, OnboardingDbContext db, ChangeRequest change, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await databases.CreateDbContextAsync(ct);
            throw await fresh.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == change.Id, ct) is { } now ? Changed(now) : Deleted();
        }
    }

    public static ChangeRequestChangedException Changed(ChangeRequest now) => new(
        $"{now.Reference} was changed by {now.UpdatedBy} a moment ago: it is now {ChangeRequestStatuses.Describe(now.Status).ToLowerInvariant()}. "
        + "The list shows it as it is now; check it before trying again.");

    public static ChangeRequestChangedException Deleted() => new("This change request was deleted by someone else. The list shows what is left.");

    /// <summary>The next number of the onboarding's change requests (1 for the first).</summary>
    public static async Task<int> NextNumberAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        (await db.ChangeRequests.Where(c => c.OnboardingId == onboardingId).MaxAsync(c => (int?)c.Number, ct) ?? 0) + 1;

    /// <summary>
    /// Adds a new change request with the next number and saves it. The unique index (onboarding, number) refuses the
    /// second of two raised at once; that one takes the next number and saves again.
    /// </summary>
    public static async Task<ChangeRequest> InsertAsync(IDbContextFactory<OnboardingDbContext> databases, Guid onboardingId,
        Func<OnboardingDbContext, int, Task<ChangeRequest>> build, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var number = await NextNumberAsync(db, onboardingId, ct);
            var change = await build(db, number);
            try
            {
                await db.SaveChangesAsync(ct);
                return change;
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                // Someone raised one with this number a moment ago: take the next. Any other failure is not ours to hide.
                if (!await NumberTakenAsync(databases, onboardingId, number, ct)) throw;
            }
        }
    }

    private static async Task<bool> NumberTakenAsync(IDbContextFactory<OnboardingDbContext> databases, Guid onboardingId, int number, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.ChangeRequests.AnyAsync(c => c.OnboardingId == onboardingId && c.Number == number, ct);
    }

    /// <summary>The onboarding's approved SOW version (the one change requests amend now), if any.</summary>
    public static Task<StatementOfWork?> ApprovedSowAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        db.StatementsOfWork.AsNoTracking().Where(s => s.OnboardingId == onboardingId && s.Status == SowStatus.Approved)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The original SOW: the first version the client ever approved (the lowest decided version that is approved or was
    /// superseded after approval). A version sent back with changes requested was decided too, but never approved.
    /// </summary>
    public static async Task<StatementOfWork?> OriginalSowAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        (await db.StatementsOfWork.AsNoTracking()
            .Where(s => s.OnboardingId == onboardingId && s.DecidedAtUtc != null && (s.Status == SowStatus.Approved || s.Status == SowStatus.Superseded))
            .OrderBy(s => s.Version).ToListAsync(ct))
        .FirstOrDefault(s => string.IsNullOrWhiteSpace(s.ChangesRequested));
}

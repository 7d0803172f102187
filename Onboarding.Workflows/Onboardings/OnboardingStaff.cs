using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings;

/// <summary>The staff users a request names, with their roles, as the rules need them.</summary>
internal static class OnboardingStaff
{
    public static async Task<IReadOnlyDictionary<string, StaffFacts>> FactsAsync(OnboardingDbContext db, IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.DisabledAtUtc }).ToListAsync(ct);
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        return users.ToDictionary(u => u.Id, u => new StaffFacts(u.Id, $"{u.DisplayName} ({u.Email})", u.DisabledAtUtc is not null, roles[u.Id].ToList()));
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using StaffRoles = Onboarding.Domain.People.Roles;

namespace Onboarding.Workflows.Billing;

/// <summary>Who acts on billing: the signed-in user's id, name (as written in audit lines) and roles.</summary>
public sealed record BillingActor(string UserId, string Name, IReadOnlyCollection<string> Roles)
{
    public bool IsFinance => Roles.Contains(StaffRoles.Finance) || Roles.Contains(StaffRoles.Admin);
}

/// <summary>
/// Who may do what with money, checked by every billing service (not only by hiding buttons): Finance and Admin set
/// terms, issue and void invoices, record and void payments, apply late fees and send reminders; an account manager
/// sees the invoices of their own clients (as account manager or on the team) read-only; nobody else sees them.
/// </summary>
public static class BillingAccess
{
    public static void EnsureFinance(BillingActor actor, string doing)
    {
        if (!actor.IsFinance) throw new DomainException($"Only finance or an admin can {doing}.");
    }

    public static async Task<bool> CanViewAsync(OnboardingDbContext db, Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        if (actor.IsFinance) return true;
        if (!actor.Roles.Contains(StaffRoles.AccountManager)) return false;
        return await db.Onboardings.AsNoTracking().AnyAsync(o => o.Id == onboardingId
            && (o.AccountManagerId == actor.UserId || o.Team.Any(m => m.UserId == actor.UserId)), ct);
    }

    public static async Task EnsureCanViewAsync(OnboardingDbContext db, Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        if (!await CanViewAsync(db, onboardingId, actor, ct))
            throw new DomainException("Only finance, an admin or the client's account manager can see this onboarding's invoices.");
    }
}

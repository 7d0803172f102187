using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Clients;
using Onboarding.Domain.People;

namespace Onboarding.Domain.Data;

/// <summary>Idempotent seed: roles always; demo users and demo clients only when asked (Development).</summary>
public sealed class OnboardingSeeder(
    IDbContextFactory<OnboardingDbContext> dbFactory,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    ClientDirectory clients,
    TimeProvider clock)
{
    public async Task SeedAsync(bool demoData, CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
        if (!demoData) return;

        foreach (var (email, name, role) in DemoUsers.All)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, DemoUsers.Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Clients.AnyAsync(ct)) return;
        foreach (var draft in DemoClients.All)
        {
            await clients.CreateAsync(draft, "system", ct);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

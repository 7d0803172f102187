using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;

namespace Onboarding.Domain.People;

/// <summary>
/// Lists and changes staff accounts for the admin page. Each change and its audit line are saved in one
/// transaction on the scoped context that Identity's stores use (<paramref name="identityDb"/>).
/// </summary>
public sealed class StaffDirectory(
    UserManager<AppUser> users,
    OnboardingDbContext identityDb,
    IDbContextFactory<OnboardingDbContext> dbFactory,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(string? search = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + StaffRules.EscapeLike(search.Trim()) + "%";
            query = query.Where(u => EF.Functions.Like(u.Email!, pattern, "\\") || EF.Functions.Like(u.DisplayName, pattern, "\\"));
        }
        var rows = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.DisabledAtUtc, u.LockoutEnd, u.CreatedAtUtc })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var lastChanges = await db.AuditEntries
            .Where(a => a.SubjectType == AuditSubjects.User && ids.Contains(a.SubjectId))
            .GroupBy(a => a.SubjectId)
            .Select(g => new { g.Key, At = g.Max(a => a.AtUtc) })
            .ToDictionaryAsync(x => x.Key, x => x.At, ct);

        // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the staff list is small.
        var now = clock.GetUtcNow();
        return rows.Select(u => new StaffMember(
                u.Id, u.Email ?? "", u.DisplayName,
                Roles.All.Where(role => roles[u.Id].Contains(role)).ToList(),
                u.DisabledAtUtc is not null ? StaffStatus.Disabled : u.LockoutEnd > now ? StaffStatus.LockedOut : StaffStatus.Active,
                u.CreatedAtUtc,
                lastChanges.TryGetValue(u.Id, out var at) ? at : null))
            .ToList();
    }

    /// <summary>Creates an account that can sign in at once with the initial password; returns its id.</summary>
    public async Task<string> CreateAsync(StaffMemberDraft draft, string actor, CancellationToken ct = default)
    {
        var formErrors = DraftValidation.Validate(draft);
        // An empty list is already reported by the draft's own [MinLength]; this adds unknown role names.
        if (draft.Roles.Count > 0) formErrors.AddRange(StaffRules.RoleProblems(draft.Roles));
        DraftValidation.ThrowIfInvalid(formErrors);

        return await InTransactionAsync(async () =>
        {
            var errors = new List<ValidationResult>();
            var email = draft.Email.Trim();
            var now = clock.GetUtcNow().UtcDateTime;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = draft.DisplayName.Trim(), CreatedAtUtc = now,
            };
            if (await users.FindByEmailAsync(email) is { } existing)
            {
                var hint = existing.IsDisabled ? " It is disabled: enable it instead." : "";
                errors.Add(new($"{email} already has an account.{hint}", [nameof(StaffMemberDraft.Email)]));
            }
            if (await StaffPasswords.ProblemAsync(users, user, draft.Password, nameof(StaffMemberDraft.Password)) is { } problem)
            {
                errors.Add(problem);
            }
            DraftValidation.ThrowIfInvalid(errors);

            StaffRules.ThrowIfFailed(await users.CreateAsync(user, draft.Password), user);
            var roles = Roles.All.Where(draft.Roles.Contains).ToList();
            StaffRules.ThrowIfFailed(await users.AddToRolesAsync(user, roles), user);
            Audit(user, actor, now, "Created", new ChangeSet().Line($"Roles: {StaffLabel.RoleList(roles)}"));
            return user.Id;
        }, ct);
    }

    /// <summary>Blocks sign-in and ends the person's sessions (the security stamp changes).</summary>
    public Task DisableAsync(string userId, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            var user = await LoadAsync(userId);
            if (StaffRules.IsSelf(user, actor))
            {
                throw new DomainException("You can't disable your own account. Ask another admin if it should really be disabled.");
            }
            if (user.IsDisabled) return;
            await EnsureNotLastAdminAsync(user, "disabled");

            var now = clock.GetUtcNow().UtcDateTime;
            user.DisabledAtUtc = now;
            // Sign-in checks lockout, so a lockout that never ends is what actually keeps the person out.
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            StaffRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), user);
            Audit(user, actor, now, "Disabled", new ChangeSet());
        }, ct);

    public Task EnableAsync(string userId, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            var user = await LoadAsync(userId);
            if (!user.IsDisabled) return;
            var now = clock.GetUtcNow().UtcDateTime;
            user.DisabledAtUtc = null;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            StaffRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), user);
            Audit(user, actor, now, "Enabled", new ChangeSet());
        }, ct);

    /// <summary>
    /// Sets <paramref name="newPassword"/>, or a generated one when it is blank, ends the person's sessions and
    /// lifts a lockout from failed sign-ins. Returns the generated password (show it once; it is stored nowhere), or null.
    /// </summary>
    public Task<string?> ResetPasswordAsync(string userId, string? newPassword, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            var user = await LoadAsync(userId);
            if (StaffRules.IsSelf(user, actor))
            {
                throw new DomainException("To change your own password, use Change password in your account menu.");
            }
            var generated = string.IsNullOrWhiteSpace(newPassword) ? StaffPasswords.Generate() : null;
            var password = generated ?? newPassword!;
            if (await StaffPasswords.ProblemAsync(users, user, password, "Password") is { } problem)
            {
                throw new ValidationFailedException([problem]);
            }

            var now = clock.GetUtcNow();
            var changes = new ChangeSet().Line(generated is null ? "Set by the admin." : "Generated and shown to the admin once.");
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            user.AccessFailedCount = 0;
            if (user.IsDisabled)
            {
                changes.Line("The account stays disabled.");
            }
            else if (user.LockoutEnd > now)
            {
                user.LockoutEnd = null;
                changes.Line("Unlocked after too many failed sign-ins.");
            }
            StaffRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), user);
            Audit(user, actor, now.UtcDateTime, "Password reset", changes);
            return generated;
        }, ct);

    /// <summary>Replaces the person's roles; their sessions end so the new roles apply at the next sign-in.</summary>
    public Task ChangeRolesAsync(string userId, IReadOnlyCollection<string> roles, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            var errors = StaffRules.RoleProblems(roles);
            DraftValidation.ThrowIfInvalid(errors);
            var user = await LoadAsync(userId);
            var before = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
            var after = roles.ToHashSet(StringComparer.Ordinal);
            if (before.SetEquals(after)) return;

            if (before.Contains(Roles.Admin) && !after.Contains(Roles.Admin))
            {
                if (StaffRules.IsSelf(user, actor))
                {
                    throw new DomainException("You can't remove your own Admin role. Another admin has to do that.");
                }
                await EnsureNotLastAdminAsync(user, "lose the Admin role");
            }

            StaffRules.ThrowIfFailed(await users.RemoveFromRolesAsync(user, before.Except(after)), user);
            StaffRules.ThrowIfFailed(await users.AddToRolesAsync(user, after.Except(before)), user);
            StaffRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), user);
            Audit(user, actor, clock.GetUtcNow().UtcDateTime, "Roles changed",
                new ChangeSet().Field("Roles", StaffLabel.RoleList(before), StaffLabel.RoleList(after)));
        }, ct);

    /// <summary>Someone must always be able to manage users, so the last enabled admin stays one.</summary>
    private async Task EnsureNotLastAdminAsync(AppUser user, string change)
    {
        if (user.IsDisabled || !await users.IsInRoleAsync(user, Roles.Admin)) return;
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        if (admins.Any(a => a.Id != user.Id && !a.IsDisabled)) return;
        throw new DomainException(
            $"{StaffLabel.Of(user)} is the last enabled admin and cannot be {change}. Make someone else an admin first.");
    }

    private async Task<AppUser> LoadAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("The user");

    /// <summary>The audit timeline shows the subject's id only, so the first line names the person.</summary>
    private void Audit(AppUser user, string actor, DateTime now, string action, ChangeSet changes)
    {
        var details = changes.IsEmpty ? StaffLabel.Of(user) : $"{StaffLabel.Of(user)}\n{changes}";
        identityDb.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now, Actor = actor, SubjectType = AuditSubjects.User, SubjectId = user.Id,
            Action = action, Details = details,
        });
    }

    private Task InTransactionAsync(Func<Task> work, CancellationToken ct) =>
        InTransactionAsync(async () => { await work(); return true; }, ct);

    /// <summary>
    /// Runs one change in a transaction, retried as a whole on SQL Server's transient errors. The scoped context
    /// lives as long as the Blazor circuit, so tracked users are dropped first to act on fresh rows.
    /// </summary>
    private Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct) =>
        identityDb.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            identityDb.ChangeTracker.Clear();
            await using var transaction = await identityDb.Database.BeginTransactionAsync(ct);
            var result = await work();
            await identityDb.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        });
}

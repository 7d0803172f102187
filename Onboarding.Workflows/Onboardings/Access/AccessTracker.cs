using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Onboardings.Access;

/// <summary>Someone else changed or removed the access row first; the message says what it is now.</summary>
public sealed class AccessChangedException(string message) : DomainException(message);

/// <summary>
/// The tech-setup access tracker: per platform and team member, access is requested, then granted by the client,
/// then verified by the team. Verified only follows granted (verifying means someone checked that the access the
/// client granted works), and a mistaken mark is undone one step at a time with <see cref="MoveBackAsync"/>.
/// Every step checks the row's concurrency token (the second of two people marking the same row is told), writes
/// an audit line on the onboarding, and then lets <see cref="GateAdvancer"/> complete the "access verified" work
/// item once every requested access is verified. Notes and platform names that look like a secret are refused.
/// </summary>
public sealed class AccessTracker(IDbContextFactory<OnboardingDbContext> databases, GateAdvancer gates, TimeProvider clock)
{
    public async Task<AccessOverview> GetAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var team = await TeamAsync(db, onboardingId, ct);
        var names = team.ToDictionary(m => m.UserId, m => m.Name);
        var rows = await db.PlatformAccess.AsNoTracking().Where(a => a.OnboardingId == onboardingId).ToListAsync(ct);
        var missing = rows.Select(r => r.TeamMemberId).Where(id => !names.ContainsKey(id)).Distinct().ToList();
        // Someone removed from the team keeps their rows; their name still shows.
        foreach (var user in await db.Users.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
        {
            names[user.Id] = user.DisplayName;
        }
        var list = rows
            .Select(r => new AccessRow(r.Id, r.Kind, r.Platform, r.TeamMemberId, names.GetValueOrDefault(r.TeamMemberId, r.TeamMemberId), r.Status,
                r.RequestedAtUtc, r.RequestedBy, r.GrantedAtUtc, r.GrantedBy, r.VerifiedAtUtc, r.VerifiedBy, r.Note, r.ConcurrencyToken))
            .OrderBy(r => r.Kind).ThenBy(r => r.Platform, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.TeamMemberName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new AccessOverview(list, team);
    }

    /// <summary>Requests access to one platform for each team member named: one row per person.</summary>
    public async Task<AccessOutcome> RequestAsync(Guid onboardingId, AccessRequest request, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        if (!await db.Onboardings.AnyAsync(o => o.Id == onboardingId, ct)) throw new NotFoundException("The onboarding");
        var team = await TeamAsync(db, onboardingId, ct);
        var platform = (request.Platform ?? "").Trim();
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var memberIds = request.TeamMemberIds.Distinct().ToList();
        var errors = new List<ValidationResult>();
        if (platform.Length == 0) errors.Add(new("Name the platform, for example Google Analytics 4 or WordPress.", [nameof(AccessRequest.Platform)]));
        else if (platform.Length > 100) errors.Add(new("Keep the platform name under 100 characters.", [nameof(AccessRequest.Platform)]));
        else if (SecretDetector.LooksLikeSecret(platform)) errors.Add(new(SecretDetector.Explanation, [nameof(AccessRequest.Platform)]));
        if (note is { Length: > 300 }) errors.Add(new("Keep the note under 300 characters: the account or property, and the role given.", [nameof(AccessRequest.Note)]));
        else if (SecretDetector.LooksLikeSecret(note)) errors.Add(new(SecretDetector.Explanation, [nameof(AccessRequest.Note)]));
        if (memberIds.Count == 0) errors.Add(new("Choose at least one team member who needs the access.", [nameof(AccessRequest.TeamMemberIds)]));
        else if (memberIds.FirstOrDefault(id => team.All(m => m.UserId != id)) is not null)
        {
            errors.Add(new("Access can only be requested for the account manager and the team of this onboarding.", [nameof(AccessRequest.TeamMemberIds)]));
        }
        DraftValidation.ThrowIfInvalid(errors);

        var names = team.ToDictionary(m => m.UserId, m => m.Name);
        var lowered = platform.ToLowerInvariant();
        var existing = await db.PlatformAccess.AsNoTracking()
            .Where(a => a.OnboardingId == onboardingId && a.Platform.ToLower() == lowered && memberIds.Contains(a.TeamMemberId))
            .Select(a => new { a.Platform, a.TeamMemberId, a.Status }).ToListAsync(ct);
        if (existing.Count > 0)
        {
            var who = string.Join(", ", existing.Select(e => $"{names[e.TeamMemberId]} ({e.Status.DisplayName().ToLowerInvariant()})"));
            throw new ValidationFailedException([new(
                $"Access to {existing[0].Platform} is already tracked for {who}. Leave them out, or use the row already in the list.",
                [nameof(AccessRequest.TeamMemberIds)])]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var memberId in memberIds)
        {
            db.PlatformAccess.Add(new PlatformAccess
            {
                Id = Guid.NewGuid(), OnboardingId = onboardingId, Kind = request.Kind, Platform = platform, TeamMemberId = memberId,
                Status = AccessStatus.Requested, RequestedAtUtc = now, RequestedBy = by, Note = note, ConcurrencyToken = Guid.NewGuid(),
            });
        }
        var people = string.Join(", ", memberIds.Select(id => names[id]));
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, now, "Access requested",
            $"{request.Kind.DisplayName()}: {platform} for {people}" + (note is null ? "." : $" ({note}).")));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone requested the same access between our check and our save: the unique index refused ours.
            throw new ValidationFailedException([new(
                $"Someone has just requested access to {platform} for one of these people. The list now shows it; request again for the others.",
                [nameof(AccessRequest.TeamMemberIds)])]);
        }
        return await AdvanceAsync(onboardingId, by, ct);
    }

    /// <summary>The client granted the access: Requested → Granted.</summary>
    public Task<AccessOutcome> MarkGrantedAsync(Guid accessId, Guid concurrencyToken, string by, CancellationToken ct = default) =>
        StepAsync(accessId, concurrencyToken, by, "Access granted", (row, now) =>
        {
            if (row.Status != AccessStatus.Requested) throw new DomainException($"This access is already {row.Status.DisplayName().ToLowerInvariant()}.");
            row.Status = AccessStatus.Granted;
            row.GrantedAtUtc = now;
            row.GrantedBy = by;
        }, ct);

    /// <summary>Someone checked that the granted access works: Granted → Verified.</summary>
    public Task<AccessOutcome> MarkVerifiedAsync(Guid accessId, Guid concurrencyToken, string by, CancellationToken ct = default) =>
        StepAsync(accessId, concurrencyToken, by, "Access verified", (row, now) =>
        {
            if (row.Status == AccessStatus.Requested) throw new DomainException("Mark the access granted first: it can only be verified once the client has granted it.");
            if (row.Status == AccessStatus.Verified) throw new DomainException("This access is already verified.");
            row.Status = AccessStatus.Verified;
            row.VerifiedAtUtc = now;
            row.VerifiedBy = by;
        }, ct);

    /// <summary>Undoes the last mark, for a mistake: Verified → Granted, or Granted → Requested.</summary>
    public Task<AccessOutcome> MoveBackAsync(Guid accessId, Guid concurrencyToken, string by, CancellationToken ct = default) =>
        StepAsync(accessId, concurrencyToken, by, "Access mark undone", (row, _) =>
        {
            switch (row.Status)
            {
                case AccessStatus.Verified:
                    row.Status = AccessStatus.Granted;
                    row.VerifiedAtUtc = null;
                    row.VerifiedBy = null;
                    break;
                case AccessStatus.Granted:
                    row.Status = AccessStatus.Requested;
                    row.GrantedAtUtc = null;
                    row.GrantedBy = null;
                    break;
                case AccessStatus.Requested:
                    throw new DomainException("This access is only requested: there is no mark to undo. Remove the request if it was a mistake.");
            }
        }, ct);

    /// <summary>Removes one person's access request (it was not needed, or was made for the wrong person).</summary>
    public async Task<AccessOutcome> RemoveAsync(Guid accessId, Guid concurrencyToken, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await LoadAsync(db, accessId, concurrencyToken, ct);
        db.PlatformAccess.Remove(row);
        var now = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(AuditEntry.OfOnboarding(row.OnboardingId, by, now, "Access request removed", $"{await DescribeAsync(db, row, ct)} (was {row.Status.DisplayName().ToLowerInvariant()})."));
        await SaveAsync(db, row, ct);
        return await AdvanceAsync(row.OnboardingId, by, ct);
    }

    private async Task<AccessOutcome> StepAsync(Guid accessId, Guid concurrencyToken, string by, string action, Action<PlatformAccess, DateTime> step, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await LoadAsync(db, accessId, concurrencyToken, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        step(row, now);
        row.ConcurrencyToken = Guid.NewGuid();
        db.AuditEntries.Add(AuditEntry.OfOnboarding(row.OnboardingId, by, now, action, $"{await DescribeAsync(db, row, ct)}: now {row.Status.DisplayName().ToLowerInvariant()}."));
        await SaveAsync(db, row, ct);
        return await AdvanceAsync(row.OnboardingId, by, ct);
    }

    /// <summary>Loads the row as the caller last saw it, or says what changed since.</summary>
    private static async Task<PlatformAccess> LoadAsync(OnboardingDbContext db, Guid accessId, Guid concurrencyToken, CancellationToken ct)
    {
        var row = await db.PlatformAccess.SingleOrDefaultAsync(a => a.Id == accessId, ct)
                  ?? throw new AccessChangedException("Someone else removed this access request. The list now shows what is left.");
        if (row.ConcurrencyToken != concurrencyToken) throw await ChangedAsync(db, row, ct);
        return row;
    }

    private async Task SaveAsync(OnboardingDbContext db, PlatformAccess row, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed between our read and our save: tell what it is now.
            await using var fresh = await databases.CreateDbContextAsync(ct);
            throw await fresh.PlatformAccess.AsNoTracking().SingleOrDefaultAsync(a => a.Id == row.Id, ct) is { } now
                ? await ChangedAsync(fresh, now, ct)
                : new AccessChangedException("Someone else removed this access request. The list now shows what is left.");
        }
    }

    private static async Task<AccessChangedException> ChangedAsync(OnboardingDbContext db, PlatformAccess row, CancellationToken ct)
    {
        var (status, who) = row.Status switch
        {
            AccessStatus.Verified => ("verified", row.VerifiedBy),
            AccessStatus.Granted => ("granted", row.GrantedBy),
            AccessStatus.Requested => ("back to requested", null),
        };
        var byWhom = who is null ? "" : $" by {who}";
        return new AccessChangedException(
            $"Someone else changed {await DescribeAsync(db, row, ct)} a moment ago: it is now {status}{byWhom}. The list shows it as it is now; check it before marking again.");
    }

    private static async Task<string> DescribeAsync(OnboardingDbContext db, PlatformAccess row, CancellationToken ct)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == row.TeamMemberId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? row.TeamMemberId;
        return $"{name}'s access to {row.Platform}";
    }

    private async Task<AccessOutcome> AdvanceAsync(Guid onboardingId, string by, CancellationToken ct) =>
        new(await gates.AdvanceAsync(onboardingId, by, ct));

    /// <summary>The account manager first, then the team in the order they were added.</summary>
    private static async Task<IReadOnlyList<AccessTeamMember>> TeamAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => new { o.AccountManagerId }).SingleOrDefaultAsync(ct)
                         ?? throw new NotFoundException("The onboarding");
        var members = await db.OnboardingTeamMembers.AsNoTracking().Where(m => m.OnboardingId == onboardingId).OrderBy(m => m.Id)
            .Select(m => new { m.UserId, m.Role }).ToListAsync(ct);
        var people = new List<(string UserId, string Role)> { (onboarding.AccountManagerId, Roles.AccountManager) };
        people.AddRange(members.Where(m => m.UserId != onboarding.AccountManagerId).Select(m => (m.UserId, m.Role)));
        var ids = people.Select(p => p.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return people.DistinctBy(p => p.UserId)
            .Select(p => new AccessTeamMember(p.UserId, names.GetValueOrDefault(p.UserId, p.UserId), Roles.DisplayName(p.Role))).ToList();
    }

}

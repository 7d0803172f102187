using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.ClientLinks;

/// <summary>What a client link's token turned out to be. Only <see cref="Valid"/> reveals anything.</summary>
public enum ClientLinkState { Valid, Expired, Revoked, Invalid }

public sealed record ClientLinkCheck(ClientLinkState State, ClientLink? Link)
{
    public bool IsValid => State == ClientLinkState.Valid;
}

/// <summary>An issued link and the token for its URL.</summary>
public sealed record IssuedClientLink(ClientLink Link, string Token);

/// <summary>
/// Issues, checks and revokes the links clients open without logging in. The signing key is generated once and
/// kept in the database (<see cref="AppSecret"/>), so every app node on one database signs alike.
/// </summary>
public sealed class ClientLinks(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock)
{
    public const string KeyName = "client-links";

    /// <summary>How long a link works unless said otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);

    private byte[]? key;

    /// <summary>Adds a new link to <paramref name="db"/> (saved with the caller's unit of work) and returns its token.</summary>
    public async Task<IssuedClientLink> IssueAsync(OnboardingDbContext db, ClientLinkPurpose purpose, Guid subjectId, Guid onboardingId, string by, TimeSpan? lifetime = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = new ClientLink
        {
            Id = Guid.NewGuid(), Purpose = purpose, SubjectId = subjectId, OnboardingId = onboardingId,
            CreatedAtUtc = now, CreatedBy = by, ExpiresAtUtc = now + (lifetime ?? DefaultLifetime),
        };
        db.ClientLinks.Add(link);
        return new IssuedClientLink(link, ClientLinkToken.Create(link.Id, link.ExpiresAtUtc, await KeyAsync(ct)));
    }

    /// <summary>The token of an existing link (links are not stored with their token; it is derived again).</summary>
    public async Task<string> TokenOfAsync(ClientLink link, CancellationToken ct = default) =>
        ClientLinkToken.Create(link.Id, link.ExpiresAtUtc, await KeyAsync(ct));

    /// <summary>Checks a token for <paramref name="purpose"/>: signature, expiry, revocation. Never throws on bad input.</summary>
    public async Task<ClientLinkCheck> CheckAsync(string? token, ClientLinkPurpose purpose, CancellationToken ct = default)
    {
        if (!ClientLinkToken.TryRead(token, await KeyAsync(ct), out var id, out var expires)) return new(ClientLinkState.Invalid, null);
        await using var db = await databases.CreateDbContextAsync(ct);
        var link = await db.ClientLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (link is null || link.Purpose != purpose || link.ExpiresAtUtc != expires) return new(ClientLinkState.Invalid, null);
        if (link.RevokedAtUtc is not null) return new(ClientLinkState.Revoked, null);
        if (clock.GetUtcNow().UtcDateTime >= link.ExpiresAtUtc) return new(ClientLinkState.Expired, null);
        return new(ClientLinkState.Valid, link);
    }

    /// <summary>Revokes every live link to <paramref name="subjectId"/> in <paramref name="db"/>'s unit of work; returns how many.</summary>
    public async Task<int> RevokeAllAsync(OnboardingDbContext db, ClientLinkPurpose purpose, Guid subjectId, string by, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.ClientLinks.Where(l => l.Purpose == purpose && l.SubjectId == subjectId && l.RevokedAtUtc == null).ToListAsync(ct);
        foreach (var link in live)
        {
            link.RevokedAtUtc = now;
            link.RevokedBy = by;
        }
        return live.Count;
    }

    /// <summary>The newest link to <paramref name="subjectId"/>, live or not.</summary>
    public static Task<ClientLink?> LatestAsync(OnboardingDbContext db, ClientLinkPurpose purpose, Guid subjectId, CancellationToken ct = default) =>
        db.ClientLinks.AsNoTracking().Where(l => l.Purpose == purpose && l.SubjectId == subjectId)
            .OrderByDescending(l => l.CreatedAtUtc).FirstOrDefaultAsync(ct);

    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (key is not null) return key;
        await using var db = await databases.CreateDbContextAsync(ct);
        var stored = await db.AppSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == KeyName, ct);
        if (stored is null)
        {
            db.AppSecrets.Add(new AppSecret { Name = KeyName, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node made it first: use theirs.
            }
            db.ChangeTracker.Clear();
            stored = await db.AppSecrets.AsNoTracking().SingleAsync(s => s.Name == KeyName, ct);
        }
        return key = Convert.FromBase64String(stored.Value);
    }
}

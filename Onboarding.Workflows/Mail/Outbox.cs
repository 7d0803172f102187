using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;

namespace Onboarding.Workflows.Mail;

/// <summary>One line of the Outbox page.</summary>
public sealed record OutboxRow(Guid Id, string Kind, string ToName, string ToAddress, string Subject, OutboxStatus Status, int Attempts,
    string? LastError, DateTime CreatedAtUtc, string CreatedBy, DateTime? SentAtUtc, DateTime NextAttemptAtUtc, Guid? OnboardingId, string? ClientName);

/// <summary>A page of the outbox, newest first, and how many messages match in all.</summary>
public sealed record OutboxListing(IReadOnlyList<OutboxRow> Rows, int Total);

/// <summary>
/// Reads the outbox for staff (every message the app sent or will send) and lets an account manager or admin send a failed
/// message again.
/// </summary>
public sealed class Outbox(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock)
{
    public const string AuditSubject = "OutboxMessage";

    /// <summary>Messages newest first; <paramref name="status"/> and <paramref name="search"/> (recipient or subject) narrow them.</summary>
    public async Task<OutboxListing> ListAsync(OutboxStatus? status, string? search, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } wanted) query = query.Where(m => m.Status == wanted);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = $"%{search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(m => EF.Functions.Like(m.ToAddress, term, "\\") || EF.Functions.Like(m.ToName, term, "\\") || EF.Functions.Like(m.Subject, term, "\\"));
        }
        var total = await query.CountAsync(ct);
        var messages = await query.OrderByDescending(m => m.CreatedAtUtc).ThenBy(m => m.Id).Skip(skip).Take(take)
            .Select(m => new { m.Id, m.Kind, m.ToName, m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAtUtc, m.CreatedBy, m.SentAtUtc, m.NextAttemptAtUtc, m.OnboardingId })
            .ToListAsync(ct);
        var onboardingIds = messages.Where(m => m.OnboardingId != null).Select(m => m.OnboardingId!.Value).Distinct().ToList();
        var clients = await db.Onboardings.AsNoTracking().Where(o => onboardingIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Client!.CompanyName }).ToDictionaryAsync(o => o.Id, o => o.CompanyName, ct);
        var rows = messages.Select(m => new OutboxRow(m.Id, m.Kind, m.ToName, m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAtUtc,
            m.CreatedBy, m.SentAtUtc, m.NextAttemptAtUtc, m.OnboardingId, m.OnboardingId is { } o ? clients.GetValueOrDefault(o) : null)).ToList();
        return new OutboxListing(rows, total);
    }
    /// <summary>The whole message (subject, recipient, bodies).</summary>
    public async Task<OutboxMessage> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("The e-mail");
    }

    /// <summary>
    /// Sends a failed message again at once: it goes back to Pending, due now, for one more attempt (failing again marks it
    /// Failed again). Audited, in the same save.
    /// </summary>
    public async Task RetryAsync(Guid id, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("The e-mail");
        if (message.Status != OutboxStatus.Failed)
        {
            throw new DomainException(message.Status == OutboxStatus.Sent
                ? "This e-mail was already sent; there is nothing to retry."
                : "This e-mail is still waiting to be sent; only failed e-mails can be retried.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        message.Status = OutboxStatus.Pending;
        message.NextAttemptAtUtc = now;
        message.LeaseOwner = null;
        message.LeaseExpiresAtUtc = null;
        var details = $"To {message.ToName} <{message.ToAddress}>: {message.Subject}\nLast error: {message.LastError}";
        db.AuditEntries.Add(message.OnboardingId is { } onboardingId
            ? AuditEntry.OfOnboarding(onboardingId, by, now, "E-mail retried", details)
            : new AuditEntry { AtUtc = now, Actor = by, SubjectType = AuditSubject, SubjectId = id.ToString(), Action = "E-mail retried", Details = details });
        await db.SaveChangesAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;

namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>The onboarding's e-mails from the outbox: sent, waiting to be sent (with the retry), or failed (with the error).</summary>
public sealed class EmailTimelineSource : ITimelineSource
{
    public IReadOnlyList<TimelineKind> Kinds { get; } = [TimelineKind.Email];

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(OnboardingDbContext db, TimelineSubject subject, IReadOnlySet<TimelineKind> kinds, int take, CancellationToken ct)
    {
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.OnboardingId == subject.OnboardingId)
            .OrderByDescending(m => m.CreatedAtUtc).Take(take)
            .Select(m => new { m.Id, m.ToName, m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAtUtc, m.CreatedBy, m.SentAtUtc, m.NextAttemptAtUtc })
            .ToListAsync(ct);
        return rows.Select(m => new TimelineEntry($"email-{m.Id}", m.CreatedAtUtc.Ticks, m.CreatedAtUtc, TimelineKind.Email,
            Title(m.Status, Recipient(m.ToName, m.ToAddress), m.Subject),
            Details(m.Status, m.Attempts, m.LastError, m.SentAtUtc, m.NextAttemptAtUtc), m.CreatedBy)).ToList();
    }

    public static string Title(OutboxStatus status, string recipient, string subject) => status switch
    {
        OutboxStatus.Sent => $"E-mail sent to {recipient}: {subject}",
        OutboxStatus.Failed => $"E-mail to {recipient} failed: {subject}",
        _ => $"E-mail to {recipient} waiting to be sent: {subject}",
    };

    private static string Recipient(string name, string address) => string.IsNullOrWhiteSpace(name) ? address : name;

    private static string? Details(OutboxStatus status, int attempts, string? error, DateTime? sentAtUtc, DateTime nextAttemptAtUtc) => status switch
    {
        OutboxStatus.Sent when sentAtUtc is { } at => $"Delivered to the mail server {at:d MMM yyyy HH:mm} UTC.",
        OutboxStatus.Failed => $"Gave up after {attempts} {(attempts == 1 ? "attempt" : "attempts")}: {error}. It can be retried from the Outbox.",
        OutboxStatus.Pending when attempts > 0 => $"Attempt {attempts} failed ({error}); next try {nextAttemptAtUtc:d MMM yyyy HH:mm} UTC.",
        _ => null,
    };
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;

namespace Onboarding.Web.Mail;

/// <summary>
/// Delivers the outbox. Each pass claims the due Pending messages with a lease (so two app nodes never send one message
/// twice), sends them, and marks each Sent or schedules a retry: after attempts 1 to 4 fail it waits 1, 5, 15 and 60 minutes;
/// when the fifth fails the message is Failed with the error (the Outbox page can retry it).
/// </summary>
public sealed class OutboxDispatcher(IDbContextFactory<OnboardingDbContext> databases, IMailTransport transport, MailOptions options,
    TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    /// <summary>This dispatcher's name in leases; unique per instance.</summary>
    public string Node { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>The wait after <paramref name="attempts"/> failed attempts, or null when the message has no attempt left.</summary>
    public static TimeSpan? RetryDelay(int attempts) => attempts >= MaxAttempts ? null : Backoff[Math.Clamp(attempts, 1, Backoff.Length) - 1];

    /// <summary>One pass: sends every due message it could claim; returns how many it handled (sent or failed).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var claimed = await ClaimAsync(ct);
        foreach (var message in claimed)
        {
            // A slow server can make a batch outlive its lease; another node may then have claimed the rest. Each message
            // renews its own lease just before it goes, and one that is no longer ours is left to its new owner.
            if (await RenewLeaseAsync(message.Id, ct)) await DeliverAsync(message, ct);
        }
        return claimed.Count;
    }

    private async Task<bool> RenewLeaseAsync(Guid id, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.LeaseOwner == Node && m.LeaseExpiresAtUtc > now && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseExpiresAtUtc, now + options.LeaseDuration), ct) == 1;
    }

    internal async Task<List<OutboxMessage>> ClaimAsync(CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now && (m.LeaseExpiresAtUtc == null || m.LeaseExpiresAtUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.CreatedAtUtc).Select(m => m.Id).Take(options.BatchSize).ToListAsync(ct);
        if (due.Count == 0) return [];
        var until = now + options.LeaseDuration;
        // The same conditions again in the update: of two nodes racing for a message, only one update matches it.
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.LeaseExpiresAtUtc == null || m.LeaseExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, Node).SetProperty(m => m.LeaseExpiresAtUtc, until), ct);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => due.Contains(m.Id) && m.LeaseOwner == Node && m.LeaseExpiresAtUtc == until)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.CreatedAtUtc).ToListAsync(ct);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var attempt = message.Attempts + 1;
        string? reference = null;
        string? error = null;
        try
        {
            reference = await transport.SendAsync(OutboxMime.Build(message, options, clock.GetUtcNow()), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            error = Describe(ex);
            logger.LogWarning(ex, "E-mail {MessageId} to {To} failed on attempt {Attempt}", message.Id, message.ToAddress, attempt);
        }

        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseOwner == Node);
        if (error is null)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, attempt)
                .SetProperty(m => m.SentAtUtc, now).SetProperty(m => m.TransportReference, Truncate(reference, 500)).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresAtUtc, (DateTime?)null), CancellationToken.None);
            logger.LogInformation("E-mail {MessageId} sent to {To}: {Reference}", message.Id, message.ToAddress, reference);
            return;
        }
        var delay = RetryDelay(attempt);
        var status = delay is null ? OutboxStatus.Failed : OutboxStatus.Pending;
        var next = delay is { } wait ? now + wait : now;
        await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.Attempts, attempt)
            .SetProperty(m => m.LastError, Truncate(error, 2000)).SetProperty(m => m.NextAttemptAtUtc, next)
            .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresAtUtc, (DateTime?)null), CancellationToken.None);
    }

    private static string Describe(Exception ex) => ex switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp => $"The mail server refused the e-mail ({(int)smtp.StatusCode} {smtp.Message.Trim()}).",
        MailKit.Net.Smtp.SmtpProtocolException => $"The mail server broke off the conversation: {ex.Message}",
        System.Net.Sockets.SocketException => $"Could not reach the mail server: {ex.Message}",
        MailKit.Security.AuthenticationException => $"The mail server did not accept the user name and password: {ex.Message}",
        TimeoutException => "The mail server did not answer in time.",
        IOException => $"Could not write the e-mail: {ex.Message}",
        _ => ex.Message,
    };

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>One change request as the client sees it on their scope page (never a draft).</summary>
public sealed record ClientChangeRequestItem(
    string Reference, string Title, ChangeRequestStatus Status, ChangeRequestOrigin RaisedFrom, DateOnly RequestedOn,
    string? Impact, bool WithinScope, DateTime? DecidedAtUtc, string? DecidedByName, string? DecisionNote, string? ApprovalUrl);

/// <summary>The client's change requests, or why the scope link did not open.</summary>
public sealed record ClientChangeRequestList(IReadOnlyList<ClientChangeRequestItem> Items, ClientLinkRefusal? Refusal);

/// <summary>
/// Change requests from the client's scope link (<c>/s/{token}</c>, purpose <see cref="ClientLinkPurpose.ScopeApproval"/>):
/// their list (impact shown once priced, the approval page linked while one waits for them) and asking for a change,
/// which arrives submitted and unpriced for the account manager, who is e-mailed.
/// </summary>
public sealed class ClientChangeRequestDesk(
    IDbContextFactory<OnboardingDbContext> databases, ClientLinkGate gate, ClientLinks.ClientLinks links, ScopeOptions defaults, ScopeMail mail, TimeProvider clock)
{
    public async Task<ClientChangeRequestList> ListAsync(string? token, CancellationToken ct = default)
    {
        ClientLink link;
        try
        {
            link = await gate.OpenAsync(token, ClientLinkPurpose.ScopeApproval, ct);
        }
        catch (ClientLinkRefusedException refused)
        {
            return new ClientChangeRequestList([], refused.Refusal);
        }
        await using var db = await databases.CreateDbContextAsync(ct);
        var changes = await db.ChangeRequests.AsNoTracking()
            .Where(c => c.OnboardingId == link.OnboardingId && c.Status != ChangeRequestStatus.Draft).OrderByDescending(c => c.Number).ToListAsync(ct);
        var items = new List<ClientChangeRequestItem>();
        foreach (var c in changes)
        {
            var priced = c.Status is not ChangeRequestStatus.Submitted;
            items.Add(new ClientChangeRequestItem(c.Reference, c.Title, c.Status, c.RaisedFrom, c.RequestedOn, priced ? ScopeMail.ImpactSummary(c) : null, c.WithinScope,
                c.DecidedAtUtc, c.DecidedByName, c.DecisionNote, c.Status == ChangeRequestStatus.AwaitingClientApproval ? await ApprovalUrlAsync(db, c.Id, ct) : null));
        }
        return new ClientChangeRequestList(items, null);
    }

    /// <summary>Asks for a change: submitted, raised by the client, unpriced; returns its reference ("CR-004").</summary>
    public async Task<string> RaiseAsync(string? token, ClientChangeRequestDraft draft, CancellationToken ct = default)
    {
        var link = await gate.OpenAsync(token, ClientLinkPurpose.ScopeApproval, ct);
        var values = ChangeRequestRules.Normalize(draft);
        var by = $"{values.Name} (client)";
        var change = await ChangeRequestStore.InsertAsync(databases, link.OnboardingId, async (db, number) =>
        {
            var sow = await ChangeRequestStore.ApprovedSowAsync(db, link.OnboardingId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var change = new ChangeRequest
            {
                Id = Guid.NewGuid(), OnboardingId = link.OnboardingId, Number = number, StatementOfWorkId = sow?.Id, Title = values.Title,
                RequestedBy = values.Name, RequestedOn = mail.Dates.LocalDate(now), Description = values.Description, Reason = values.Reason,
                Currency = sow?.ReadContent().Currency.ToUpperInvariant() ?? defaults.Currency, WithinScope = false, Billable = true, Priority = values.Priority,
                Status = ChangeRequestStatus.Submitted, RaisedFrom = ChangeRequestOrigin.Client, CreatedAtUtc = now, CreatedBy = by, UpdatedAtUtc = now,
                UpdatedBy = by, SubmittedAtUtc = now, ConcurrencyToken = Guid.NewGuid(),
            };
            db.ChangeRequests.Add(change);
            db.AuditEntries.Add(AuditEntry.OfOnboarding(link.OnboardingId, by, now, "Change request raised by the client",
                $"{change.Reference} \"{change.Title}\" (priority {change.Priority.ToString().ToLowerInvariant()}) asked for by {values.Name} from the scope page; price it and send it for approval."));
            await mail.QueueClientResponseAsync(db, link.OnboardingId, $"change request {change.Reference} \"{change.Title}\"",
                "was asked for from the scope page; price it and send it to them for approval", values.Name, change.Description, by, ct);
            return change;
        }, ct);
        return change.Reference;
    }

    private async Task<string?> ApprovalUrlAsync(OnboardingDbContext db, Guid changeRequestId, CancellationToken ct)
    {
        var link = await ClientLinks.ClientLinks.LatestAsync(db, ClientLinkPurpose.ChangeRequestApproval, changeRequestId, ct);
        if (link is null || link.RevokedAtUtc is not null || link.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime) return null;
        return mail.Links.ChangeRequestUrl(await links.TokenOfAsync(link, ct));
    }
}

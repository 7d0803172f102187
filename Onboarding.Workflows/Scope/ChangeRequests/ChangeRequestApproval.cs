using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>What the client's change-request page shows, or why the link did not open.</summary>
public sealed record ChangeRequestOpening(ChangeRequestForm? Form, ClientLinkRefusal? Refusal)
{
    public static ChangeRequestOpening Refused(ClientLinkRefusal refusal) => new(null, refusal);
}

/// <summary>The client's decision on a change request was refused because it was already decided or withdrawn.</summary>
public sealed class ChangeRequestDecidedException(string message) : DomainException(message);

/// <summary>
/// The client's side of a change request sent for approval (<c>/cr/{token}</c>), working only from the link's token:
/// read it, approve it (typed name) or reject it (typed name and reason), once. On approval the change request becomes an
/// addendum to the SOW version it was linked to and, when billable with a cost, a <see cref="BillableItem"/> for finance,
/// in the same transaction; the account manager is e-mailed either way.
/// </summary>
public sealed class ChangeRequestApproval(
    IDbContextFactory<OnboardingDbContext> databases, ClientLinkGate gate, ChangeRequestForms forms, ScopeMail mail, ChangeRequestFollowUp followUp, TimeProvider clock)
{
    public async Task<ChangeRequestOpening> OpenAsync(string? token, CancellationToken ct = default)
    {
        ClientLink link;
        try
        {
            link = await gate.OpenAsync(token, ClientLinkPurpose.ChangeRequestApproval, ct);
        }
        catch (ClientLinkRefusedException refused)
        {
            return ChangeRequestOpening.Refused(refused.Refusal);
        }
        await using var db = await databases.CreateDbContextAsync(ct);
        await db.ClientLinks.Where(l => l.Id == link.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAtUtc, Now), ct);
        var form = await forms.OfAsync(db, link.SubjectId, ct);
        return form is null ? ChangeRequestOpening.Refused(ClientLinkRefusal.Invalid) : new ChangeRequestOpening(form, null);
    }

    /// <summary>The form behind a live link (for its PDF), or <see cref="ClientLinkRefusedException"/>.</summary>
    public async Task<ChangeRequestForm> FormAsync(string? token, CancellationToken ct = default)
    {
        var link = await gate.OpenAsync(token, ClientLinkPurpose.ChangeRequestApproval, ct);
        await using var db = await databases.CreateDbContextAsync(ct);
        return await forms.OfAsync(db, link.SubjectId, ct) ?? throw new ClientLinkRefusedException(ClientLinkRefusal.Invalid);
    }

    public Task<ChangeRequest> ApproveAsync(string? token, string? name, string? note, CancellationToken ct = default) =>
        DecideAsync(token, name, ChangeRequestRules.Note(note), approve: true, ct);

    public Task<ChangeRequest> RejectAsync(string? token, string? name, string? reason, CancellationToken ct = default)
    {
        var why = ChangeRequestRules.Note(reason, "Reason")
            ?? throw new ValidationFailedException([new("Please tell us why you reject it, so that we can suggest another way.", ["Reason"])]);
        return DecideAsync(token, name, why, approve: false, ct);
    }

    private async Task<ChangeRequest> DecideAsync(string? token, string? typedName, string? note, bool approve, CancellationToken ct)
    {
        var link = await gate.OpenAsync(token, ClientLinkPurpose.ChangeRequestApproval, ct);
        var name = ChangeRequestRules.ClientName(typedName);
        var by = $"{name} (client)";
        ChangeRequest change;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            change = await db.ChangeRequests.SingleOrDefaultAsync(c => c.Id == link.SubjectId, ct) ?? throw new ClientLinkRefusedException(ClientLinkRefusal.Invalid);
            if (!ChangeRequestTransitions.Allows(change, ChangeRequestAction.Decide)) throw Refusal(change);
            var now = Now;
            change.Status = approve ? ChangeRequestStatus.Approved : ChangeRequestStatus.Rejected;
            change.DecidedAtUtc = now;
            change.DecidedByName = name;
            change.DecisionNote = note;
            ChangeRequestEditor.Touch(change, by, now);
            var sow = change.StatementOfWorkId is { } sowId ? await db.StatementsOfWork.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sowId, ct) : null;
            var handedToFinance = approve && ChangeRequestTransitions.IsBillable(change);
            if (handedToFinance)
            {
                db.BillableItems.Add(new BillableItem
                {
                    Id = Guid.NewGuid(), OnboardingId = change.OnboardingId, ChangeRequestId = change.Id, Description = BillableItemText(change),
                    Amount = change.ImpactCost, Currency = change.Currency, CreatedAtUtc = now,
                });
            }
            var what = $"{change.Reference} \"{change.Title}\"";
            db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, approve ? "Change request approved by the client" : "Change request rejected by the client",
                approve
                    ? $"{what} approved by {name} from the client link ({ScopeMail.ImpactSummary(change)}). It is now an addendum to {(sow is null ? "the scope" : $"SOW {sow.Label}")}"
                      + (handedToFinance ? $"; {Money.Format(change.ImpactCost, change.Currency)} is handed to finance as a billable item." : ".")
                      + (note is null ? "" : $" Note: \"{note}\"")
                    : $"{what} rejected by {name} from the client link. Reason: \"{note}\""));
            await mail.QueueClientResponseAsync(db, change.OnboardingId, $"change request {what}", approve ? "was approved" : "was rejected", name, note, by, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Decided, withdrawn or re-sent by someone else between our read and our save (the token changed, or the
                // billable item exists): say what it is now.
                await using var fresh = await databases.CreateDbContextAsync(CancellationToken.None);
                var now2 = await fresh.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == link.SubjectId, CancellationToken.None);
                throw now2 is null ? new ClientLinkRefusedException(ClientLinkRefusal.Invalid) : Refusal(now2);
            }
        }
        if (approve) await followUp.MoveOnAsync(change, by, CancellationToken.None);
        return change;
    }

    /// <summary>The invoice line: "CR-003 Two extra landing pages" (within the column's 300 characters).</summary>
    public static string BillableItemText(ChangeRequest change)
    {
        var text = $"{change.Reference} {change.Title}";
        return text.Length <= 300 ? text : text[..297] + "...";
    }

    private ChangeRequestDecidedException Refusal(ChangeRequest now) => new(now.Status switch
    {
        ChangeRequestStatus.Approved or ChangeRequestStatus.Billed =>
            $"{now.Reference} was already approved by {now.DecidedByName} on {mail.Dates.Moment(now.DecidedAtUtc ?? now.UpdatedAtUtc)}. Nothing more is needed.",
        ChangeRequestStatus.Rejected => $"{now.Reference} was already rejected by {now.DecidedByName} on {mail.Dates.Moment(now.DecidedAtUtc ?? now.UpdatedAtUtc)}.",
        ChangeRequestStatus.AwaitingClientApproval => $"{now.Reference} was just sent to you again with a new link. Please use the link in the newest e-mail.",
        _ => $"{now.Reference} was withdrawn a moment ago and is no longer waiting for your approval. We will send you the updated version.",
    });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

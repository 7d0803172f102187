using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>The approval e-mail as it will go out (the link in it is a stand-in until it is sent).</summary>
public sealed record ChangeRequestPreview(ClientRecipient To, string Greeting, string Subject, string TextBody);

/// <summary>A change request just sent for approval: the client's link and until when it works.</summary>
public sealed record SentChangeRequest(ChangeRequest ChangeRequest, string Link, DateTime LinkExpiresAtUtc);

/// <summary>
/// Sends a submitted change request to the client for approval through a signed link (30 days) and the approval
/// e-mail; re-sends it with a fresh link; withdraws it back to Submitted (the link stops working). Audited.
/// </summary>
public sealed class ChangeRequestSender(IDbContextFactory<OnboardingDbContext> databases, ClientLinks.ClientLinks links, ScopeMail mail, TimeProvider clock)
{
    /// <summary>What stands in for the token in a preview.</summary>
    public const string PreviewToken = "the-client-s-own-link";

    public async Task<IReadOnlyList<ClientRecipient>> RecipientsAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await ClientRecipients.OfOnboardingAsync(db, onboardingId, ct);
    }

    /// <summary>The e-mail as it would go to <paramref name="contactId"/>, greeting them as <paramref name="greeting"/> (empty: the guess).</summary>
    public async Task<ChangeRequestPreview> PreviewAsync(Guid changeRequestId, int contactId, string? greeting, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await db.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == changeRequestId, ct) ?? throw ChangeRequestStore.Deleted();
        var to = await ClientRecipients.OneAsync(db, change.OnboardingId, contactId, ct);
        var greet = GreetingNames.Confirm(greeting, to.Greeting);
        var email = await mail.PreviewChangeRequestForApprovalAsync(db, change, greet, PreviewToken, ct);
        return new ChangeRequestPreview(to, greet, email.Subject, email.TextBody);
    }

    /// <summary>Submitted → Awaiting client approval: issues the link and e-mails it to the client contact.</summary>
    public async Task<SentChangeRequest> SendAsync(Guid changeRequestId, Guid concurrencyToken, int contactId, string? greeting, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.SendForApproval);
        EnsureReadyForTheClient(change);
        var sow = await ChangeRequestStore.ApprovedSowAsync(db, change.OnboardingId, ct);
        // The client approves it against the scope approved now.
        change.StatementOfWorkId = sow?.Id ?? change.StatementOfWorkId;
        var now = Now;
        change.Status = ChangeRequestStatus.AwaitingClientApproval;
        change.SentForApprovalAtUtc = now;
        change.SentForApprovalBy = by;
        ChangeRequestEditor.Touch(change, by, now);
        var sent = await IssueAndMailAsync(db, change, contactId, greeting, by, ct);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request sent for approval",
            $"{change.Reference} \"{change.Title}\" ({ScopeMail.ImpactSummary(change)}) e-mailed to {sent.To} for approval; the link works until {mail.Dates.Date(sent.Expires)}."));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return new SentChangeRequest(change, sent.Url, sent.Expires);
    }

    /// <summary>Revokes the live link and e-mails a fresh one (30 days from now), to the same or another contact.</summary>
    public async Task<SentChangeRequest> ResendAsync(Guid changeRequestId, Guid concurrencyToken, int contactId, string? greeting, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.Resend);
        var revoked = await links.RevokeAllAsync(db, ClientLinkPurpose.ChangeRequestApproval, change.Id, by, ct);
        var now = Now;
        ChangeRequestEditor.Touch(change, by, now);
        var sent = await IssueAndMailAsync(db, change, contactId, greeting, by, ct);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request re-sent",
            $"A new approval link for {change.Reference} \"{change.Title}\" was e-mailed to {sent.To}, live until {mail.Dates.Date(sent.Expires)}"
            + (revoked > 0 ? "; the previous link no longer works." : ".")));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return new SentChangeRequest(change, sent.Url, sent.Expires);
    }

    /// <summary>Awaiting client approval → Submitted: the link stops working; edit it and send it again.</summary>
    public async Task<ChangeRequest> WithdrawAsync(Guid changeRequestId, Guid concurrencyToken, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.Withdraw);
        await links.RevokeAllAsync(db, ClientLinkPurpose.ChangeRequestApproval, change.Id, by, ct);
        var now = Now;
        change.Status = ChangeRequestStatus.Submitted;
        ChangeRequestEditor.Touch(change, by, now);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request withdrawn",
            $"{change.Reference} \"{change.Title}\" withdrawn from the client's approval and back to submitted; the client's link no longer works."));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return change;
    }

    /// <summary>The live approval link of a change request awaiting approval (to copy), or null.</summary>
    public async Task<(string Url, DateTime ExpiresAtUtc)?> LiveLinkAsync(Guid changeRequestId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var link = await ClientLinks.ClientLinks.LatestAsync(db, ClientLinkPurpose.ChangeRequestApproval, changeRequestId, ct);
        if (link is null || link.RevokedAtUtc is not null || link.ExpiresAtUtc <= Now) return null;
        return (mail.Links.ChangeRequestUrl(await links.TokenOfAsync(link, ct)), link.ExpiresAtUtc);
    }

    /// <summary>The client is asked to approve what they can read: the change and its reason, and, outside the scope, its price.</summary>
    private static void EnsureReadyForTheClient(ChangeRequest change)
    {
        var errors = new List<ValidationResult>();
        if (change.Description.Length == 0) errors.Add(new($"Describe what {change.Reference} changes before sending it to the client.", [nameof(ChangeRequestDraft.Description)]));
        if (change.Reason.Length == 0) errors.Add(new($"Say why {change.Reference} is needed before sending it to the client.", [nameof(ChangeRequestDraft.Reason)]));
        if (!change.WithinScope && change.ImpactHours == 0 && change.ImpactCost == 0 && change.ImpactDays == 0)
            errors.Add(new($"Price {change.Reference} first: a change outside the scope needs its impact on hours, cost or timeline (or mark it within the scope).", [nameof(ChangeRequestDraft.ImpactCost)]));
        DraftValidation.ThrowIfInvalid(errors);
    }

    private async Task<(string To, string Url, DateTime Expires)> IssueAndMailAsync(OnboardingDbContext db, ChangeRequest change, int contactId, string? greeting, string by, CancellationToken ct)
    {
        var to = await ClientRecipients.OneAsync(db, change.OnboardingId, contactId, ct);
        var greet = GreetingNames.Confirm(greeting, to.Greeting);
        var issued = await links.IssueAsync(db, ClientLinkPurpose.ChangeRequestApproval, change.Id, change.OnboardingId, by, ClientLinks.ClientLinks.DefaultLifetime, ct);
        await mail.QueueChangeRequestForApprovalAsync(db, change, to, greet, issued.Token, by, ct);
        return ($"{to.Name} <{to.Email}>", mail.Links.ChangeRequestUrl(issued.Token), issued.Link.ExpiresAtUtc);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

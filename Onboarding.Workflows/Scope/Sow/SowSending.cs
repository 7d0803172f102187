using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>
/// Sends a statement of work version to the client for approval through a signed link (30 days; the links of older versions
/// stop working), withdraws it back to a draft, or re-sends a fresh link. The e-mail is queued in the same unit of work as the
/// change; then the workflow is told (Phase 2 interest, the "Write the statement of work" gate). Every action is audited.
/// </summary>
public sealed class SowSending(
    IDbContextFactory<OnboardingDbContext> databases,
    ClientLinks.ClientLinks links,
    ScopeMail mail,
    SowFollowUp followUp,
    TimeProvider clock)
{
    /// <summary>What stands in for the token in a preview.</summary>
    public const string PreviewToken = "your-own-link";

    public async Task<IReadOnlyList<ClientRecipient>> RecipientsAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await ClientRecipients.OfOnboardingAsync(db, onboardingId, ct);
    }

    /// <summary>The approval e-mail as it will go out to <paramref name="contactId"/>, greeted as <paramref name="greeting"/> (empty: the guess).</summary>
    public async Task<SowEmailPreview> PreviewAsync(Guid sowId, int contactId, string? greeting, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await SowVersions.LoadAsync(db, sowId, ct);
        var to = await ClientRecipients.OneAsync(db, sow.OnboardingId, contactId, ct);
        var greet = GreetingNames.Confirm(greeting, to.Greeting);
        return new SowEmailPreview(to, greet, await mail.PreviewSowForApprovalAsync(db, sow, greet, PreviewToken, ct));
    }

    /// <summary>Sends the draft as saved (<paramref name="token"/>: the version the sender looked at); refused while it has problems.</summary>
    public async Task<SentSow> SendAsync(Guid sowId, int contactId, string? greeting, Guid token, string by, CancellationToken ct = default)
    {
        SentSow sent;
        StatementOfWork sow;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            sow = await SowVersions.LoadAsync(db, sowId, ct);
            SowVersions.EnsureDraft(sow, mail.Dates);
            SowVersions.EnsureCurrent(sow, token, mail.Dates);
            var problems = SowRules.Problems(sow.ReadContent());
            if (problems.Count > 0)
                throw new DomainException($"SOW {sow.Label} cannot be sent yet. Fix {(problems.Count == 1 ? "this" : $"these {problems.Count} problems")} first: " + string.Join(" ", problems.Select(p => p.Message)));
            var to = await ClientRecipients.OneAsync(db, sow.OnboardingId, contactId, ct);
            var greet = GreetingNames.Confirm(greeting, to.Greeting);
            var now = Now;
            (sow.Status, sow.SentAtUtc, sow.SentBy, sow.SentToName, sow.SentToEmail) = (SowStatus.Sent, now, by, to.Name, to.Email);
            (sow.UpdatedAtUtc, sow.UpdatedBy, sow.ConcurrencyToken) = (now, by, Guid.NewGuid());
            var superseded = await SupersedeOlderSentAsync(db, sow, by, ct);
            sent = await IssueAndQueueAsync(db, sow, to, greet, by, ct);
            db.Add(SowVersions.Audit(sow, by, now, "Statement of work sent for approval",
                $"{sow.Label} sent to {to.Name} <{to.Email}>; the link works until {mail.Dates.Date(sent.ExpiresAtUtc)}. {SowVersions.Describe(sow.ReadContent())}."
                + (superseded.Count > 0 ? $" {string.Join(", ", superseded)} superseded; its link no longer works." : "")));
            await SaveAsync(db, sow, token, ct);
        }
        await followUp.AfterSentAsync(sow.OnboardingId, sow.ReadContent().Phase2.Count > 0, by, ct);
        return sent;
    }

    /// <summary>Takes a sent version back to a draft to change it; its link stops working.</summary>
    public async Task WithdrawAsync(Guid sowId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await LoadSentAsync(db, sowId, ct);
        if (await SowVersions.DraftOfAsync(db, sow.OnboardingId, ct) is { } draft)
            throw new DomainException($"{draft.Label} is already a draft: edit or discard it instead of withdrawing {sow.Label}.");
        var token = sow.ConcurrencyToken;
        var sentTo = $"{sow.SentToName} <{sow.SentToEmail}>";
        await links.RevokeAllAsync(db, ClientLinkPurpose.ScopeApproval, sow.Id, by, ct);
        (sow.Status, sow.SentAtUtc, sow.SentBy, sow.SentToName, sow.SentToEmail) = (SowStatus.Draft, null, null, null, null);
        (sow.UpdatedAtUtc, sow.UpdatedBy, sow.ConcurrencyToken) = (Now, by, Guid.NewGuid());
        db.Add(SowVersions.Audit(sow, by, Now, "Statement of work withdrawn", $"{sow.Label} withdrawn from {sentTo} and back to a draft; the client's link no longer works."));
        await SaveAsync(db, sow, token, ct);
    }

    /// <summary>E-mails the same recipient a fresh link to a sent version; the old link stops working.</summary>
    public async Task<SentSow> ResendAsync(Guid sowId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await LoadSentAsync(db, sowId, ct);
        var token = sow.ConcurrencyToken;
        await links.RevokeAllAsync(db, ClientLinkPurpose.ScopeApproval, sow.Id, by, ct);
        var known = (await ClientRecipients.OfOnboardingAsync(db, sow.OnboardingId, ct)).FirstOrDefault(r => string.Equals(r.Email, sow.SentToEmail, StringComparison.OrdinalIgnoreCase));
        var to = known ?? new ClientRecipient(0, sow.SentToName ?? "", sow.SentToEmail ?? "", Domain.Clients.ContactRole.Other, GreetingNames.Guess(sow.SentToName ?? ""));
        var sent = await IssueAndQueueAsync(db, sow, to, to.Greeting, by, ct);
        sow.ConcurrencyToken = Guid.NewGuid();
        db.Add(SowVersions.Audit(sow, by, Now, "Statement of work re-sent",
            $"A new link to {sow.Label} was e-mailed to {to.Name} <{to.Email}>, live until {mail.Dates.Date(sent.ExpiresAtUtc)}; the previous link no longer works."));
        await SaveAsync(db, sow, token, ct);
        return sent;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<StatementOfWork> LoadSentAsync(OnboardingDbContext db, Guid sowId, CancellationToken ct)
    {
        var sow = await SowVersions.LoadAsync(db, sowId, ct);
        if (sow.Status != SowStatus.Sent)
            throw new DomainException($"SOW {sow.Label} is {SowStatuses.Describe(sow.Status).ToLowerInvariant()}, not waiting for the client: there is nothing to withdraw or re-send.");
        return sow;
    }

    /// <summary>Older versions still waiting for the client are replaced by this one: superseded, and every older link stops working.</summary>
    private async Task<List<string>> SupersedeOlderSentAsync(OnboardingDbContext db, StatementOfWork sow, string by, CancellationToken ct)
    {
        var others = await db.StatementsOfWork.Where(s => s.OnboardingId == sow.OnboardingId && s.Id != sow.Id).ToListAsync(ct);
        var superseded = new List<string>();
        foreach (var other in others)
        {
            await links.RevokeAllAsync(db, ClientLinkPurpose.ScopeApproval, other.Id, by, ct);
            if (other.Status != SowStatus.Sent) continue;
            other.Status = SowStatus.Superseded;
            other.ConcurrencyToken = Guid.NewGuid();
            superseded.Add(other.Label);
        }
        return superseded;
    }

    private async Task<SentSow> IssueAndQueueAsync(OnboardingDbContext db, StatementOfWork sow, ClientRecipient to, string greeting, string by, CancellationToken ct)
    {
        var issued = await links.IssueAsync(db, ClientLinkPurpose.ScopeApproval, sow.Id, sow.OnboardingId, by, ClientLinks.ClientLinks.DefaultLifetime, ct);
        await mail.QueueSowForApprovalAsync(db, sow, to, greeting, issued.Token, by, ct);
        return new SentSow(mail.Links.ScopeUrl(issued.Token), issued.Link.ExpiresAtUtc);
    }

    /// <summary>Saves, turning a lost race (the client approved, someone withdrew) into what the version is now.</summary>
    private async Task SaveAsync(OnboardingDbContext db, StatementOfWork sow, Guid token, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await SowVersions.LoadAsync(db, sow.Id, ct);
            if (now.Status != SowStatus.Sent) SowVersions.EnsureDraft(now, mail.Dates);
            SowVersions.EnsureCurrent(now, token, mail.Dates);
            throw;
        }
    }
}

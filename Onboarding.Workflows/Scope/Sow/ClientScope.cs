using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>
/// The client's side of a statement of work, working only from the scope link's token: open it, approve it with their name,
/// or ask for changes. Every call checks the link (signature, expiry, revocation, rate limit); a bad link reveals nothing.
/// An approval is saved first; telling the workflow follows (<see cref="SowFollowUp"/>), and a failure there is the team's to fix.
/// </summary>
public sealed class ClientScope(
    IDbContextFactory<OnboardingDbContext> databases,
    ClientLinkGate linkGate,
    ScopeMail mail,
    SowQueries queries,
    SowFollowUp followUp,
    WorkflowOptions options,
    TimeProvider clock)
{
    public const int MaxChangesText = 4000;

    public async Task<ScopeOpening> OpenAsync(string? token, CancellationToken ct = default)
    {
        ClientLink link;
        try
        {
            link = await LinkAsync(token, ct);
        }
        catch (ClientLinkRefusedException refused)
        {
            return ScopeOpening.Refused(refused.Refusal);
        }
        await using var db = await databases.CreateDbContextAsync(ct);
        await db.ClientLinks.Where(l => l.Id == link.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAtUtc, Now), ct);
        var sow = await db.StatementsOfWork.AsNoTracking().SingleOrDefaultAsync(s => s.Id == link.SubjectId, ct);
        if (sow is null) return ScopeOpening.Refused(ClientLinkRefusal.Invalid);
        var parties = await Questionnaires.Sending.QuestionnaireMail.PartiesAsync(db, sow.OnboardingId, ct);
        var newer = await db.StatementsOfWork.Where(s => s.OnboardingId == sow.OnboardingId && s.Version > sow.Version && s.Status != SowStatus.Draft)
            .MaxAsync(s => (int?)s.Version, ct);
        return new(new ClientScopeView(SowVersionView.From(sow), options.FirmName, parties.ClientName, parties.AccountManager.Name, parties.AccountManager.Address, newer), null);
    }

    /// <summary>The version the link opens, for its PDF; refused like the page when the link does not work.</summary>
    public async Task<SowPrint> PrintAsync(string? token, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await db.StatementsOfWork.AsNoTracking().SingleOrDefaultAsync(s => s.Id == link.SubjectId, ct) ?? throw new ClientLinkRefusedException(ClientLinkRefusal.Invalid);
        return await queries.PrintOfAsync(db, sow, ct);
    }

    /// <summary>Approves the version the link opens, once: <paramref name="seen"/> is the concurrency token the page showed.</summary>
    public async Task<SowVersionView> ApproveAsync(string? token, string? name, bool confirmed, Guid seen, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        var who = NameOf(name, "approving");
        if (!confirmed) throw new DomainException("Please tick the box to confirm that you approve this statement of work.");
        var by = $"{who} (client)";
        StatementOfWork sow;
        bool first;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            sow = await OpenForDecisionAsync(db, link, seen, ct);
            var now = Now;
            var previous = await db.StatementsOfWork.Where(s => s.OnboardingId == sow.OnboardingId && s.Id != sow.Id
                && (s.Status == SowStatus.Approved || (s.Status == SowStatus.Superseded && s.DecidedAtUtc != null && s.ChangesRequested == null))).ToListAsync(ct);
            first = previous.Count == 0;
            var replaced = previous.Where(s => s.Status == SowStatus.Approved).ToList();
            foreach (var approved in replaced)
            {
                approved.Status = SowStatus.Superseded;
                approved.ConcurrencyToken = Guid.NewGuid();
            }
            (sow.Status, sow.DecidedAtUtc, sow.DecidedByName, sow.ConcurrencyToken) = (SowStatus.Approved, now, who, Guid.NewGuid());
            db.AuditEntries.Add(SowVersions.Audit(sow, by, now, "Statement of work approved",
                $"{sow.Label} approved by {who} from the client link ({SowVersions.Describe(sow.ReadContent())})."
                + string.Concat(replaced.Select(p => $" {p.Label}, approved before, is superseded."))));
            await mail.QueueClientResponseAsync(db, sow.OnboardingId, $"statement of work {sow.Label}", "approved", who, null, by, ct);
            await SaveDecisionAsync(db, sow, link, ct);
        }
        // The approval is saved; moving the workflow on is the team's to retry if it fails (the client cannot fix it).
        await followUp.AfterApprovedAsync(sow.OnboardingId, sow.Id, sow.Version, first, by, CancellationToken.None);
        return SowVersionView.From(sow);
    }

    /// <summary>Sends the version back with what to change; the account manager is told and starts the next version from it.</summary>
    public async Task<SowVersionView> AskForChangesAsync(string? token, string? name, string? changes, Guid seen, CancellationToken ct = default)
    {
        var link = await LinkAsync(token, ct);
        var who = NameOf(name, "asking for changes");
        var what = (changes ?? "").Trim();
        if (what.Length == 0) throw new DomainException("Please say what should change, so that we can prepare the next version.");
        if (what.Length > MaxChangesText) throw new DomainException($"Please keep what to change under {MaxChangesText} characters (it has {what.Length}); send longer notes by e-mail.");
        var by = $"{who} (client)";
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await OpenForDecisionAsync(db, link, seen, ct);
        var now = Now;
        (sow.Status, sow.DecidedAtUtc, sow.DecidedByName, sow.ChangesRequested, sow.ConcurrencyToken) = (SowStatus.ChangesRequested, now, who, what, Guid.NewGuid());
        db.AuditEntries.Add(SowVersions.Audit(sow, by, now, "Statement of work changes requested", $"{who} asked for changes to {sow.Label} from the client link: \"{what}\""));
        await mail.QueueClientResponseAsync(db, sow.OnboardingId, $"statement of work {sow.Label}", "was sent back with changes requested", who, what, by, ct);
        await SaveDecisionAsync(db, sow, link, ct);
        return SowVersionView.From(sow);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<ClientLink> LinkAsync(string? token, CancellationToken ct) => linkGate.OpenAsync(token, ClientLinkPurpose.ScopeApproval, ct);

    private static string NameOf(string? name, string doing)
    {
        var who = (name ?? "").ReplaceLineEndings(" ").Trim();
        if (who.Length == 0) throw new DomainException($"Please type your full name: it is recorded as the person {doing}.");
        if (who.Length > 200) throw new DomainException("Please keep your name under 200 characters.");
        return who;
    }

    /// <summary>The version (tracked), refused unless it still waits for the client and is the one the page showed.</summary>
    private async Task<StatementOfWork> OpenForDecisionAsync(OnboardingDbContext db, ClientLink link, Guid seen, CancellationToken ct)
    {
        var sow = await db.StatementsOfWork.SingleOrDefaultAsync(s => s.Id == link.SubjectId, ct) ?? throw new ClientLinkRefusedException(ClientLinkRefusal.Invalid);
        EnsureWaiting(sow);
        if (sow.ConcurrencyToken != seen)
            throw new SowDecidedException("This statement of work changed since you opened it. Please reload the page to read the current version before deciding.");
        db.Entry(sow).Property(s => s.ConcurrencyToken).OriginalValue = seen;
        return sow;
    }

    private void EnsureWaiting(StatementOfWork sow)
    {
        var message = sow.Status switch
        {
            SowStatus.Sent => null,
            SowStatus.Approved => $"This statement of work was already approved by {sow.DecidedByName} on {mail.Dates.Moment(sow.DecidedAtUtc!.Value)}.",
            SowStatus.ChangesRequested => $"{sow.DecidedByName} already asked for changes to this version on {mail.Dates.Moment(sow.DecidedAtUtc!.Value)}; we will send you a new version.",
            SowStatus.Superseded => "A newer version of this statement of work replaced this one. Please use the link in our latest e-mail.",
            _ => "This statement of work is being revised and is not waiting for your approval right now. We will send you the new version.",
        };
        if (message is not null) throw new SowDecidedException(message);
    }

    /// <summary>Saves a decision; when someone decided first (a second click, a colleague), says who and when.</summary>
    private async Task SaveDecisionAsync(OnboardingDbContext db, StatementOfWork sow, ClientLink link, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.StatementsOfWork.AsNoTracking().SingleAsync(s => s.Id == link.SubjectId, ct);
            EnsureWaiting(now);
            throw new SowDecidedException("This statement of work changed while you were deciding. Please reload the page.");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>One change request on the Scope tab: the SOW version it amends and, while it awaits approval, the client's live link.</summary>
public sealed record ChangeRequestRow(ChangeRequest Change, string? SowLabel, string? LinkUrl, DateTime? LinkExpiresAtUtc)
{
    public bool IsAddendum => Change.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Billed;
}

/// <summary>The approved SOW's pricing terms: a change's cost is suggested as its hours at the SOW's hourly rate.</summary>
public sealed record ApprovedSowTerms(string Label, string Currency, decimal HourlyRate);

/// <summary>The Scope tab's change requests: the rows (newest first), the log, the approved SOW's terms and the names to suggest as requesters.</summary>
public sealed record ChangeRequestOverview(
    IReadOnlyList<ChangeRequestRow> Rows, ChangeRequestLog Log, ApprovedSowTerms? Sow, string Currency, IReadOnlyList<string> Requesters)
{
    /// <summary>Approved change requests grouped by the SOW version they amend ("Addenda to SOW v1"), oldest first.</summary>
    public IReadOnlyList<IGrouping<string?, ChangeRequestRow>> Addenda =>
        Rows.Where(r => r.IsAddendum).OrderBy(r => r.Change.Number).GroupBy(r => r.SowLabel).ToList();
}

public sealed class ChangeRequestQueries(
    IDbContextFactory<OnboardingDbContext> databases, ChangeRequestLogQuery logs, ClientLinks.ClientLinks links, ScopeMail mail, ScopeOptions defaults, TimeProvider clock)
{
    public async Task<ChangeRequestOverview> OverviewAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var changes = await db.ChangeRequests.AsNoTracking().Where(c => c.OnboardingId == onboardingId).OrderByDescending(c => c.Number).ToListAsync(ct);
        var versions = await db.StatementsOfWork.AsNoTracking().Where(s => s.OnboardingId == onboardingId).ToDictionaryAsync(s => s.Id, s => s.Label, ct);
        var awaiting = changes.Where(c => c.Status == ChangeRequestStatus.AwaitingClientApproval).Select(c => c.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var live = (await db.ClientLinks.AsNoTracking()
                .Where(l => l.Purpose == ClientLinkPurpose.ChangeRequestApproval && awaiting.Contains(l.SubjectId) && l.RevokedAtUtc == null).ToListAsync(ct))
            .Where(l => l.ExpiresAtUtc > now).GroupBy(l => l.SubjectId).ToDictionary(g => g.Key, g => g.MaxBy(l => l.CreatedAtUtc)!);
        var rows = new List<ChangeRequestRow>();
        foreach (var c in changes)
        {
            var link = live.GetValueOrDefault(c.Id);
            rows.Add(new ChangeRequestRow(c, c.StatementOfWorkId is { } s ? versions.GetValueOrDefault(s) : null,
                link is null ? null : mail.Links.ChangeRequestUrl(await links.TokenOfAsync(link, ct)), link?.ExpiresAtUtc));
        }
        var sow = await ChangeRequestStore.ApprovedSowAsync(db, onboardingId, ct);
        var terms = sow is null ? null : new ApprovedSowTerms(sow.Label, sow.ReadContent().Currency.ToUpperInvariant(), sow.ReadContent().HourlyRate);
        return new ChangeRequestOverview(rows, await logs.LoadAsync(db, onboardingId, ct), terms, terms?.Currency ?? defaults.Currency, await RequestersAsync(db, onboardingId, ct));
    }

    /// <summary>The client's contacts, then the account manager and the team: who usually asks for a change.</summary>
    private static async Task<IReadOnlyList<string>> RequestersAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => new { o.ClientId, o.AccountManagerId }).SingleOrDefaultAsync(ct)
            ?? throw new Domain.Common.NotFoundException("The onboarding");
        var contacts = await db.ClientContacts.AsNoTracking().Where(c => c.ClientId == onboarding.ClientId).OrderBy(c => c.Position).ThenBy(c => c.Id).Select(c => c.Name).ToListAsync(ct);
        var teamIds = await db.OnboardingTeamMembers.AsNoTracking().Where(m => m.OnboardingId == onboardingId).Select(m => m.UserId).ToListAsync(ct);
        teamIds.Insert(0, onboarding.AccountManagerId);
        var team = await db.Users.AsNoTracking().Where(u => teamIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var staff = teamIds.Distinct().Select(id => team.FirstOrDefault(u => u.Id == id)?.DisplayName).OfType<string>();
        return contacts.Concat(staff).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>Reads an onboarding's statement of work versions for the Scope tab and the PDFs.</summary>
public sealed class SowQueries(IDbContextFactory<OnboardingDbContext> databases, ClientLinks.ClientLinks links, ScopeMail mail, SowFollowUp followUp,
    WorkflowOptions workflow, TimeProvider clock)
{
    public async Task<SowOverview?> OverviewAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        if (!await db.Onboardings.AnyAsync(o => o.Id == onboardingId, ct)) return null;
        var parties = await Questionnaires.Sending.QuestionnaireMail.PartiesAsync(db, onboardingId, ct);
        var versions = (await db.StatementsOfWork.AsNoTracking().Where(s => s.OnboardingId == onboardingId).ToListAsync(ct))
            .OrderByDescending(s => s.Version).Select(SowVersionView.From).ToList();
        var ids = versions.Select(v => v.Id).ToList();
        var newest = (await db.ClientLinks.AsNoTracking().Where(l => l.Purpose == ClientLinkPurpose.ScopeApproval && ids.Contains(l.SubjectId)).ToListAsync(ct))
            .GroupBy(l => l.SubjectId).Select(g => g.MaxBy(l => l.CreatedAtUtc)!);
        var now = clock.GetUtcNow().UtcDateTime;
        var linkViews = new Dictionary<Guid, SowLink>();
        foreach (var link in newest)
        {
            var live = link.RevokedAtUtc is null && link.ExpiresAtUtc > now;
            linkViews[link.SubjectId] = new SowLink(live ? mail.Links.ScopeUrl(await links.TokenOfAsync(link, ct)) : null, link.ExpiresAtUtc, link.RevokedAtUtc, live);
        }
        var stuck = versions.Any(v => v.Status == SowStatus.Approved) && await followUp.WaitsForApprovalAsync(onboardingId, ct);
        return new SowOverview(onboardingId, parties.ClientName, workflow.FirmName, parties.AccountManager.Name, versions, linkViews, stuck);
    }

    /// <summary>Version <paramref name="version"/> of the onboarding's statement of work for printing; null when there is none (another onboarding's is never found).</summary>
    public async Task<SowPrint?> PrintAsync(Guid onboardingId, int version, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await db.StatementsOfWork.AsNoTracking().SingleOrDefaultAsync(s => s.OnboardingId == onboardingId && s.Version == version, ct);
        return sow is null ? null : await PrintOfAsync(db, sow, ct);
    }

    internal async Task<SowPrint> PrintOfAsync(OnboardingDbContext db, StatementOfWork sow, CancellationToken ct)
    {
        var parties = await Questionnaires.Sending.QuestionnaireMail.PartiesAsync(db, sow.OnboardingId, ct);
        return new SowPrint(SowVersionView.From(sow), parties.ClientName, workflow.FirmName, parties.AccountManager.Name);
    }
}

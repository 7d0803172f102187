using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>
/// The account manager's statement of work drafts: start v1 prefilled from the onboarding, save a draft (refused when someone
/// saved a newer one), start the next version from any version, discard a draft. One draft at a time per onboarding; only a
/// draft is ever changed. Every change is audited on the onboarding.
/// </summary>
public sealed class SowDrafts(IDbContextFactory<OnboardingDbContext> databases, ScopeOptions options, WorkflowOptions workflow, ScopeMail mail, TimeProvider clock)
{
    /// <summary>Starts v1 from what the onboarding knows (contacts, goals, dates, milestones, default wording).</summary>
    public async Task<SowVersionView> StartAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var existing = await db.StatementsOfWork.AsNoTracking().Where(s => s.OnboardingId == onboardingId).OrderBy(s => s.Version).FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw new DomainException($"The statement of work was already started by {existing.CreatedBy} on {mail.Dates.Moment(existing.CreatedAtUtc)}. Reload the Scope tab to edit it.");
        var content = await SowPrefill.BuildAsync(db, onboardingId, workflow.FirmName, options, ct);
        return await AddAsync(db, onboardingId, 1, content, by, "Statement of work started",
            $"v1 started from the onboarding: {content.Contacts.Count} contacts, {content.Goals.Count} goals, {content.Milestones.Count} milestones.", ct);
    }

    /// <summary>Starts the next version as a copy of <paramref name="fromVersion"/>; refused while a draft exists.</summary>
    public async Task<SowVersionView> NewVersionAsync(Guid onboardingId, int fromVersion, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await RefuseIfDraftAsync(db, onboardingId, ct);
        var source = await db.StatementsOfWork.AsNoTracking().SingleOrDefaultAsync(s => s.OnboardingId == onboardingId && s.Version == fromVersion, ct)
            ?? throw new DomainException($"There is no SOW v{fromVersion} to start from. Reload the Scope tab.");
        var next = await db.StatementsOfWork.Where(s => s.OnboardingId == onboardingId).MaxAsync(s => s.Version, ct) + 1;
        return await AddAsync(db, onboardingId, next, source.ReadContent(), by, "Statement of work version started", $"v{next} started as a copy of {source.Label}.", ct);
    }

    /// <summary>Saves a draft's content (complete or not) if <paramref name="token"/> is the one last saved; returns it with its new token.</summary>
    public async Task<SowVersionView> SaveAsync(Guid sowId, SowContent content, Guid token, string by, CancellationToken ct = default)
    {
        SowRules.EnsureWithinLimits(content);
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await SowVersions.LoadAsync(db, sowId, ct);
        SowVersions.EnsureDraft(sow, mail.Dates);
        SowVersions.EnsureCurrent(sow, token, mail.Dates);
        sow.WriteContent(content);
        sow.UpdatedAtUtc = Now;
        sow.UpdatedBy = by;
        sow.ConcurrencyToken = Guid.NewGuid();
        db.AuditEntries.Add(SowVersions.Audit(sow, by, sow.UpdatedAtUtc, "Statement of work saved", $"{sow.Label} draft: {SowVersions.Describe(content)}."));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved, sent or discarded by someone else between our read and our write: say what it is now.
            db.ChangeTracker.Clear();
            var now = await SowVersions.LoadAsync(db, sowId, ct);
            SowVersions.EnsureDraft(now, mail.Dates);
            SowVersions.EnsureCurrent(now, token, mail.Dates);
            throw;
        }
        return SowVersionView.From(sow);
    }

    /// <summary>Deletes a draft (never a sent or approved version); the trail keeps that it existed.</summary>
    public async Task DiscardAsync(Guid sowId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var sow = await SowVersions.LoadAsync(db, sowId, ct);
        SowVersions.EnsureDraft(sow, mail.Dates);
        db.StatementsOfWork.Remove(sow);
        db.AuditEntries.Add(SowVersions.Audit(sow, by, Now, "Statement of work draft discarded", $"{sow.Label} draft discarded: {SowVersions.Describe(sow.ReadContent())}."));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            SowVersions.EnsureDraft(await SowVersions.LoadAsync(db, sowId, ct), mail.Dates);
            throw;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<SowVersionView> AddAsync(OnboardingDbContext db, Guid onboardingId, int version, SowContent content, string by, string action, string details, CancellationToken ct)
    {
        var now = Now;
        var sow = new StatementOfWork
        {
            Id = Guid.NewGuid(), OnboardingId = onboardingId, Version = version, Status = SowStatus.Draft, CreatedAtUtc = now, CreatedBy = by,
            UpdatedAtUtc = now, UpdatedBy = by, ConcurrencyToken = Guid.NewGuid(),
        };
        sow.WriteContent(content);
        db.StatementsOfWork.Add(sow);
        db.AuditEntries.Add(SowVersions.Audit(sow, by, now, action, details));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (onboarding, version) index: someone started this version a moment ago.
            db.ChangeTracker.Clear();
            await RefuseIfDraftAsync(db, onboardingId, ct);
            throw new DomainException($"Someone else started SOW v{version} at the same moment. Reload the Scope tab to see it.");
        }
        return SowVersionView.From(sow);
    }

    private async Task RefuseIfDraftAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        if (await SowVersions.DraftOfAsync(db, onboardingId, ct) is { } draft)
            throw new DomainException($"{draft.Label} is already a draft (started by {draft.CreatedBy} on {mail.Dates.Moment(draft.CreatedAtUtc)}): edit it, or discard it first.");
    }
}

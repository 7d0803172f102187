using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.People;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings;

/// <summary>The onboarding started and its workflow instance.</summary>
public sealed record StartedOnboarding(Guid Id, Guid InstanceId);

/// <summary>
/// Starts a client's onboarding: checks the request, then adds the onboarding row, its workflow instance on the
/// playbook's latest published version (work items assigned from the team) and the audit lines in one unit of
/// work, so that either all of them are saved or none.
/// </summary>
public sealed class OnboardingStarter(IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime, StepEnvironmentFactory clock, Calendar.FirmClock firm)
{
    public async Task<StartedOnboarding> StartAsync(StartOnboarding request, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ClientId, ct) ?? throw new NotFoundException("The client");
        if (client.IsArchived) throw new DomainException($"{client.CompanyName} is archived. Restore the client before starting an onboarding.");
        var staff = await OnboardingStaff.FactsAsync(db, [request.AccountManagerId, .. request.Team.Select(t => t.UserId)], ct);
        var errors = OnboardingRules.Problems(request, firm.Today(), staff);
        var playbook = await db.Playbooks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PlaybookId, ct);
        var version = playbook is null ? null : await db.PlaybookVersions.AsNoTracking()
            .Where(v => v.PlaybookId == playbook.Id && v.Status == PlaybookVersionStatus.Published).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (playbook is null) errors.Add(new("Choose a playbook.", [nameof(request.PlaybookId)]));
        else if (version is null) errors.Add(new($"The playbook '{playbook.Name}' has no published version yet. Ask an ops lead to publish it first.", [nameof(request.PlaybookId)]));
        DraftValidation.ThrowIfInvalid(errors);

        await EndSettledAsync(db, client.Id, ct);
        if (await RunningAsync(db, client.Id, ct) is { } running) throw AlreadyRunning(client.CompanyName, running);

        var now = clock.UtcNow;
        var onboarding = new ClientOnboarding
        {
            Id = Guid.NewGuid(),
            ClientId = client.Id,
            ActiveForClientId = client.Id,
            PlaybookVersionId = version!.Id,
            StartDate = request.StartDate!.Value,
            AccountManagerId = request.AccountManagerId!,
            Team = request.Team.Select(t => new OnboardingTeamMember { UserId = t.UserId!, Role = t.Role! }).ToList(),
            StartedAtUtc = now,
            StartedBy = by,
        };
        var start = new StartWorkflow(playbook!.Key, onboarding.CorrelationKey, client.CompanyName, by,
            TeamVariables.For(onboarding.AccountManagerId, request.Team), VersionId: version.Id);
        var instance = await runtime.AddStartedAsync(db, start, ct);
        onboarding.WorkflowInstanceId = instance.Id;
        db.Onboardings.Add(onboarding);
        var details = $"{playbook.Name} v{version.Number} from {onboarding.StartDate:d MMM yyyy}; account manager {staff[onboarding.AccountManagerId].Label}"
                      + string.Concat(request.Team.Select(t => $"; {Roles.DisplayName(t.Role!)}: {staff[t.UserId!].Label}")) + ".";
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboarding.Id, by, now, "Started", details));
        db.AuditEntries.Add(new AuditEntry { AtUtc = now, Actor = by, SubjectType = AuditSubjects.Client, SubjectId = client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Onboarding started", Details = details });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone started one between our check and our save: the unique index refused ours.
            if (await RunningInNewContextAsync(client.Id, ct) is { } raced) throw AlreadyRunning(client.CompanyName, raced);
            throw;
        }
        runtime.Started(instance, start);
        return new StartedOnboarding(onboarding.Id, instance.Id);
    }

    /// <summary>Onboardings still marked active whose workflow has ended stop counting as active.</summary>
    private static async Task EndSettledAsync(OnboardingDbContext db, int clientId, CancellationToken ct)
    {
        var ended = await db.Onboardings
            .Where(o => o.ActiveForClientId == clientId && o.WorkflowInstance!.Status != nameof(InstanceStatus.Running))
            .ToListAsync(ct);
        if (ended.Count == 0) return;
        foreach (var onboarding in ended) onboarding.ActiveForClientId = null;
        await db.SaveChangesAsync(ct);
    }

    private static Task<RunningOnboarding?> RunningAsync(OnboardingDbContext db, int clientId, CancellationToken ct) =>
        db.Onboardings.AsNoTracking().Where(o => o.ActiveForClientId == clientId)
            .Select(o => new RunningOnboarding(o.PlaybookVersion!.Playbook!.Name, o.PlaybookVersion.Number, o.StartDate, o.StartedBy))
            .FirstOrDefaultAsync(ct);

    private async Task<RunningOnboarding?> RunningInNewContextAsync(int clientId, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await RunningAsync(db, clientId, ct);
    }

    private static DomainException AlreadyRunning(string client, RunningOnboarding running) => new(
        $"{client} already has an onboarding running ({running.Playbook} v{running.Version}, from {running.StartDate:d MMM yyyy}, started by {running.StartedBy}). " +
        "A client has one active onboarding at a time: open it from the client page, or cancel it before starting another.");

    private sealed record RunningOnboarding(string Playbook, int Version, DateOnly StartDate, string StartedBy);
}

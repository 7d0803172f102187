using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Validation;

namespace Onboarding.Workflows.Playbooks;

/// <summary>
/// Playbooks and their versions: drafts change freely, publishing validates and freezes the XML
/// (checksum, who, when), and a published version is the base of the next draft. Every change is audited.
/// </summary>
public sealed partial class PlaybookCatalog(IDbContextFactory<OnboardingDbContext> databases, PlaybookChecks checks, StepEnvironmentFactory clock)
{
    public const string AuditSubject = "Playbook";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<PlaybookSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var running = await db.WorkflowInstances.AsNoTracking().Where(i => i.Status == nameof(InstanceStatus.Running))
            .GroupBy(i => i.PlaybookVersionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var playbooks = await db.Playbooks.AsNoTracking().Include(p => p.Versions).OrderBy(p => p.Name).ToListAsync(ct);
        return playbooks.Select(p => new PlaybookSummary(p.Id, p.Key, p.Name, p.Description, p.Versions.OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Id, v.Number, v.Status, v.UpdatedAtUtc, v.UpdatedBy, v.PublishedAtUtc, v.PublishedBy, v.Checksum, running.GetValueOrDefault(v.Id)))
            .ToList())).ToList();
    }

    public async Task<PlaybookVersion> GetVersionAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.PlaybookVersions.AsNoTracking().Include(v => v.Playbook).SingleOrDefaultAsync(v => v.Id == versionId, ct)
               ?? throw new NotFoundException("The playbook version");
    }

    /// <summary>The playbook's published version with the highest number, if any (what a draft is compared with before publishing).</summary>
    public async Task<PlaybookVersion?> LatestPublishedAsync(Guid playbookId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.PlaybookVersions.AsNoTracking()
            .Where(v => v.PlaybookId == playbookId && v.Status == PlaybookVersionStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
    }

    public static IReadOnlyList<PlaybookStage> Stages(PlaybookVersion version) =>
        JsonSerializer.Deserialize<List<PlaybookStage>>(version.StagesJson, Json) ?? [];

    /// <summary>Running instances on a version (they stay on it until they end).</summary>
    public async Task<int> RunningInstancesAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.WorkflowInstances.CountAsync(i => i.PlaybookVersionId == versionId && i.Status == nameof(InstanceStatus.Running), ct);
    }

    /// <summary>Creates the playbook with version 1 as a draft; returns the draft's id.</summary>
    public async Task<Guid> CreateAsync(NewPlaybook request, string by, CancellationToken ct = default)
    {
        var key = request.Key.Trim();
        if (!KeyPattern().IsMatch(key)) throw new DomainException($"'{key}' is not a valid key: use lower-case letters, digits and single dashes, like client-onboarding.");
        if (string.IsNullOrWhiteSpace(request.Name)) throw new DomainException("Give the playbook a name.");
        EnsureReadable(request.Xml);
        await using var db = await databases.CreateDbContextAsync(ct);
        if (await db.Playbooks.AnyAsync(p => p.Key == key, ct)) throw new DomainException($"A playbook with the key '{key}' already exists. Choose another key.");
        var now = clock.UtcNow;
        var playbook = new Playbook { Id = Guid.NewGuid(), Key = key, Name = request.Name.Trim(), Description = request.Description?.Trim(), CreatedAtUtc = now, CreatedBy = by };
        var draft = NewVersion(playbook.Id, 1, request.Xml, request.Stages, null, by, now);
        db.Playbooks.Add(playbook);
        db.PlaybookVersions.Add(draft);
        if (request.ImportedFrom is { } file) Audit(db, playbook, by, now, "Imported", $"Version 1 (draft) from the file {file} ({request.Xml.Length:N0} characters of BPMN).");
        else Audit(db, playbook, by, now, "Created", $"Version 1 (draft) from {request.Xml.Length:N0} characters of BPMN.");
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    /// <summary>Saves a draft's XML and stages; returns the new concurrency token.</summary>
    public async Task<Guid> SaveDraftAsync(Guid versionId, string xml, IReadOnlyList<PlaybookStage> stages, Guid expectedToken, string by, CancellationToken ct = default)
    {
        EnsureReadable(xml);
        if (PlaybookStage.ListProblem(stages) is { } stageProblem) throw new DomainException(stageProblem);
        await using var db = await databases.CreateDbContextAsync(ct);
        var version = await LoadDraftAsync(db, versionId, ct);
        if (version.ConcurrencyToken != expectedToken) throw new ConcurrencyConflictException($"Version {version.Number} of this playbook");
        version.Xml = xml;
        version.StagesJson = JsonSerializer.Serialize(stages, Json);
        version.UpdatedAtUtc = clock.UtcNow;
        version.UpdatedBy = by;
        version.ConcurrencyToken = Guid.NewGuid();
        await SaveAsync(db, version, ct);
        return version.ConcurrencyToken;
    }

    /// <summary>Validates and freezes a draft. Errors refuse with the findings; warnings are returned.</summary>
    public async Task<IReadOnlyList<ValidationFinding>> PublishAsync(Guid versionId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var version = await LoadDraftAsync(db, versionId, ct);
        var findings = checks.Check(version.Xml, Stages(version));
        if (findings.HasErrors()) throw new PublishRefusedException(findings);
        var now = clock.UtcNow;
        version.Status = PlaybookVersionStatus.Published;
        version.Checksum = PlaybookChecks.Checksum(version.Xml);
        version.PublishedAtUtc = now;
        version.PublishedBy = by;
        version.ConcurrencyToken = Guid.NewGuid();
        Audit(db, version.Playbook!, by, now, "Published", $"Version {version.Number}, checksum {version.Checksum[..12]}…, {findings.Count} warning(s).");
        await SaveAsync(db, version, ct);
        return findings;
    }

    /// <summary>A new draft based on any version (usually the latest published one).</summary>
    public async Task<Guid> NewDraftAsync(Guid fromVersionId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var source = await db.PlaybookVersions.Include(v => v.Playbook).SingleOrDefaultAsync(v => v.Id == fromVersionId, ct)
                     ?? throw new NotFoundException("The playbook version");
        var openDraft = await db.PlaybookVersions.Where(v => v.PlaybookId == source.PlaybookId && v.Status == PlaybookVersionStatus.Draft)
            .Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
        if (openDraft is { } n) throw new DomainException($"Version {n} is already a draft of this playbook. Open it, or publish it first.");
        var number = await db.PlaybookVersions.Where(v => v.PlaybookId == source.PlaybookId).MaxAsync(v => v.Number, ct) + 1;
        var now = clock.UtcNow;
        var draft = NewVersion(source.PlaybookId, number, source.Xml, Stages(source), source.Id, by, now);
        db.PlaybookVersions.Add(draft);
        Audit(db, source.Playbook!, by, now, "Draft started", $"Version {number} from version {source.Number}.");
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    private static PlaybookVersion NewVersion(Guid playbookId, int number, string xml, IReadOnlyList<PlaybookStage> stages, Guid? basedOn, string by, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        PlaybookId = playbookId,
        Number = number,
        Status = PlaybookVersionStatus.Draft,
        Xml = xml,
        StagesJson = JsonSerializer.Serialize(stages, Json),
        BasedOnVersionId = basedOn,
        CreatedAtUtc = now,
        CreatedBy = by,
        UpdatedAtUtc = now,
        UpdatedBy = by,
        ConcurrencyToken = Guid.NewGuid(),
    };

    private static async Task<PlaybookVersion> LoadDraftAsync(OnboardingDbContext db, Guid versionId, CancellationToken ct)
    {
        var version = await db.PlaybookVersions.Include(v => v.Playbook).SingleOrDefaultAsync(v => v.Id == versionId, ct)
                      ?? throw new NotFoundException("The playbook version");
        if (version.Status != PlaybookVersionStatus.Draft)
        {
            throw new DomainException($"Version {version.Number} was published by {version.PublishedBy} on {version.PublishedAtUtc:d MMM yyyy} and is frozen. Start a new draft from it to make changes.");
        }
        return version;
    }

    private static async Task SaveAsync(OnboardingDbContext db, PlaybookVersion version, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Version {version.Number} of this playbook");
        }
    }

    /// <summary>Unreadable XML (malformed, unsafe, too large) is refused so that nothing unusable is stored.</summary>
    private static void EnsureReadable(string xml)
    {
        try
        {
            BpmnReader.Read(xml);
        }
        catch (BpmnReadException e)
        {
            throw new DomainException(e.Message);
        }
    }

    private static void Audit(OnboardingDbContext db, Playbook playbook, string by, DateTime now, string action, string details) =>
        db.AuditEntries.Add(new AuditEntry { AtUtc = now, Actor = by, SubjectType = AuditSubject, SubjectId = playbook.Id.ToString(), Action = action, Details = $"{playbook.Name}: {details}" });

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}

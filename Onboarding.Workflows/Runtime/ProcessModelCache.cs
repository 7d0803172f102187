using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Runtime;

/// <summary>
/// Parsed processes by playbook version. Published versions are frozen, so a version is parsed
/// once per app and shared by all its instances (a cold start parses only what is used).
/// </summary>
public sealed class ProcessModelCache(IDbContextFactory<OnboardingDbContext> databases)
{
    private readonly ConcurrentDictionary<Guid, ProcessModel> models = new();

    public async Task<ProcessModel> GetAsync(Guid versionId, CancellationToken ct = default)
    {
        if (models.TryGetValue(versionId, out var model)) return model;
        await using var db = await databases.CreateDbContextAsync(ct);
        var xml = await db.PlaybookVersions.Where(v => v.Id == versionId).Select(v => v.Xml).SingleOrDefaultAsync(ct)
                  ?? throw new InvalidOperationException($"Playbook version {versionId} does not exist.");
        return models.GetOrAdd(versionId, _ => BpmnReader.Read(xml));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>Lets the gates complete work items a timer opened with their gate already met (see <see cref="IGatedWorkOpened"/>).</summary>
public sealed class GatesOnOpenedWork(IDbContextFactory<OnboardingDbContext> databases, GateAdvancer gates, ILogger<GatesOnOpenedWork> log) : IGatedWorkOpened
{
    public async Task OpenedAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken ct)
    {
        foreach (var instanceId in instanceIds)
        {
            try
            {
                await using var db = await databases.CreateDbContextAsync(ct);
                if (await GateEvidenceReader.OnboardingOfAsync(db, instanceId, ct) is { } onboardingId) await gates.AdvanceAsync(onboardingId, "system", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The item stays open with its gate shown as met; the next save on the onboarding, or Complete, closes it.
                log.LogWarning(e, "Passing the gates of work items a timer opened on workflow {InstanceId} failed", instanceId);
            }
        }
    }
}

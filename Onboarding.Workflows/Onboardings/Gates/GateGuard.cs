using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>A gated work item was asked to complete before its gate passed; the message lists what is missing and how to fix it.</summary>
public sealed class GateBlockedException(string message) : DomainException(message);

/// <summary>
/// Refuses to complete a work item whose <c>onboarding:gate</c> has not passed for its onboarding. A workflow
/// without an onboarding (started from the monitor) has no records for gates to check, so its gates do not apply.
/// </summary>
public sealed class GateGuard : IWorkItemGuard
{
    public async Task EnsureCanCompleteAsync(OnboardingDbContext db, WorkItem item, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(item.Gate)) return;
        if (await GateEvidenceReader.OnboardingOfAsync(db, item.InstanceId, ct) is not { } onboardingId) return;
        var status = GateStatus.Of(item.Gate, await GateEvidenceReader.ReadAsync(db, onboardingId, ct));
        if (!status.IsMet) throw new GateBlockedException(status.Explanation(item.Title));
    }
}

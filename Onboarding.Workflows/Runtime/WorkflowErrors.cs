using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Runtime;

/// <summary>The work item was completed or cancelled before this request; the message says by whom and when.</summary>
public sealed class WorkItemClosedException(string message) : DomainException(message);

/// <summary>The workflow refused the request (the instance ended, the task is no longer open...).</summary>
public sealed class WorkflowRefusedException(string message) : DomainException(message);

/// <summary>
/// Asked before a work item completes; throws a <see cref="DomainException"/> saying what is missing when it
/// may not complete yet (a gate the playbook put on the task has not passed).
/// </summary>
public interface IWorkItemGuard
{
    Task EnsureCanCompleteAsync(Onboarding.Domain.Data.OnboardingDbContext db, Onboarding.Domain.Playbooks.WorkItem item, CancellationToken ct);
}

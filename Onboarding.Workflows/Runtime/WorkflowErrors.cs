using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Runtime;

/// <summary>The work item was completed or cancelled before this request; the message says by whom and when.</summary>
public sealed class WorkItemClosedException(string message) : DomainException(message);

/// <summary>The workflow refused the request (the instance ended, the task is no longer open...).</summary>
public sealed class WorkflowRefusedException(string message) : DomainException(message);

using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>automation</c>: a service task names a registered automation.</summary>
internal sealed class AutomationRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        from task in graph.Nodes
        where task.Kind == NodeKind.ServiceTask && (task.Automation is null || !context.Automations.Contains(task.Automation))
        select new ValidationFinding(FindingSeverity.Error, "automation", task.Id,
            (task.Automation is null
                ? $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(task))} names no automation; set {OnboardingXml.Prefix}:{OnboardingXml.Automation} to one of the registered automations."
                : $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(task))} calls the automation '{task.Automation}', which is not registered; use one of the registered automations.")
            + $" Registered: {ProcessGraph.List(context.Automations)}.");
}

/// <summary><c>message</c>: a message catch event waits for a message the app delivers.</summary>
internal sealed class MessageRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        from wait in graph.Nodes
        where wait.Kind == NodeKind.MessageCatch && (wait.MessageName is null || !context.Messages.Contains(wait.MessageName))
        select new ValidationFinding(FindingSeverity.Error, "message", wait.Id,
            (wait.MessageName is null
                ? $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(wait))} names no message; reference one of the messages the app sends."
                : $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(wait))} waits for the message '{wait.MessageName}', which the app never sends; name one it does.")
            + $" Known messages: {ProcessGraph.List(context.Messages)}.");
}

/// <summary><c>role</c>: a user task has a role (its <c>onboarding:role</c>, else its lane).</summary>
internal sealed class RoleRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        from task in graph.Nodes
        where task.Kind == NodeKind.UserTask && string.IsNullOrWhiteSpace(task.Role)
        select new ValidationFinding(FindingSeverity.Error, "role", task.Id,
            $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(task))} has no role, so nobody would get the work item. "
            + $"Set {OnboardingXml.Prefix}:{OnboardingXml.Role} (e.g. AccountManager), or put the task in a lane named after the role.");
}

/// <summary><c>due-business-days</c>: <c>onboarding:dueBusinessDays</c> is a whole number from 1 to 250.</summary>
internal sealed class DueBusinessDaysRule : IProcessRule
{
    public const int Max = 250;

    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        from node in graph.Nodes
        where node.DueBusinessDays is { } days && (days < 1 || days > Max)
        select new ValidationFinding(FindingSeverity.Error, "due-business-days", node.Id,
            $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(node))} is due {node.DueBusinessDays} business days after it opens; "
            + $"use a whole number from 1 to {Max}.");
}

/// <summary><c>stage</c>: when the playbook's stages are given, <c>onboarding:stage</c> names one of them.</summary>
internal sealed class StageRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        context.Stages is not { } stages
            ? []
            : from node in graph.Nodes
              where node.Stage is not null && !stages.Contains(node.Stage, StringComparer.Ordinal)
              select new ValidationFinding(FindingSeverity.Error, "stage", node.Id,
                  $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(node))} is in the stage '{node.Stage}', which the playbook does not have; "
                  + $"use one of: {string.Join(", ", stages)}.");
}

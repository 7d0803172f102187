namespace Onboarding.Workflows.Validation;

/// <summary>What a process may refer to outside itself.</summary>
/// <param name="Automations">The stable names of the registered automations (service tasks must use one).</param>
/// <param name="Messages">The names of the messages the app delivers (message catch events must use one).</param>
/// <param name="Stages">The playbook's stages; null when <c>onboarding:stage</c> values are not checked.</param>
public sealed record ValidationContext(IReadOnlySet<string> Automations, IReadOnlySet<string> Messages, IReadOnlyList<string>? Stages = null);

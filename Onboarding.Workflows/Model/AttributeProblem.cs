namespace Onboarding.Workflows.Model;

/// <summary>
/// An <c>onboarding:</c> attribute whose value the reader could not use, e.g. <c>dueBusinessDays="three"</c>.
/// </summary>
/// <param name="ElementId">The element carrying the attribute.</param>
/// <param name="Attribute">The attribute's local name (see <see cref="OnboardingXml"/>).</param>
/// <param name="Value">The value as written.</param>
/// <param name="Problem">What is wrong with it and how to fix it, for a person.</param>
public sealed record AttributeProblem(string ElementId, string Attribute, string Value, string Problem);

using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>unsupported-element</c>: every element the engine does not run blocks publishing.</summary>
internal sealed class UnsupportedElementRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        graph.Model.Unsupported.Select(u => new ValidationFinding(FindingSeverity.Error, "unsupported-element", u.Id, UnsupportedAdvice.For(u)));
}

/// <summary><c>invalid-attribute</c>: an <c>onboarding:</c> attribute value the reader could not use.</summary>
internal sealed class AttributeProblemRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        graph.Model.AttributeProblems.Select(p => new ValidationFinding(
            FindingSeverity.Error, "invalid-attribute", p.ElementId,
            $"{Capitalized(graph.DescribeElement(p.ElementId))} has {OnboardingXml.Prefix}:{p.Attribute}=\"{p.Value}\": {p.Problem}"));

    internal static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using System.Globalization;
using System.Xml.Linq;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Reads our <c>onboarding:</c> attributes onto a node; values it cannot use become <see cref="AttributeProblem"/>s.</summary>
internal static class OnboardingAttributes
{
    private static readonly XNamespace Ns = OnboardingXml.Namespace;

    public static FlowNode Apply(FlowNode node, XElement element, ICollection<AttributeProblem> problems)
    {
        string? Get(string name) => Bpmn.Text(element.Attribute(Ns + name)?.Value);

        return node with
        {
            Stage = Get(OnboardingXml.Stage),
            Role = Get(OnboardingXml.Role),
            DueBusinessDays = DueBusinessDays(node.Id, Get(OnboardingXml.DueBusinessDays), problems),
            Checklist = Checklist(Get(OnboardingXml.Checklist)),
            Automation = Get(OnboardingXml.Automation),
            AutomationParameters = Parameters(node.Id, Get(OnboardingXml.Parameters), problems),
            Form = Get(OnboardingXml.Form),
            Gate = Get(OnboardingXml.Gate),
        };
    }

    private static int? DueBusinessDays(string id, string? value, ICollection<AttributeProblem> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            return days;
        }

        problems.Add(new AttributeProblem(id, OnboardingXml.DueBusinessDays, value,
            $"'{value}' is not a whole number of business days; write a number such as 3."));
        return null;
    }

    private static IReadOnlyList<string> Checklist(string? value) =>
        value is null
            ? []
            : value.Split(OnboardingXml.ChecklistSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyDictionary<string, string> Parameters(string id, string? value, ICollection<AttributeProblem> problems)
    {
        var messages = new List<string>();
        var parameters = AutomationParameterText.Parse(value, messages);
        foreach (var message in messages) problems.Add(new AttributeProblem(id, OnboardingXml.Parameters, value!, message));
        return parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}

using System.Text.RegularExpressions;
using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>
/// Loads a shared bpmn-elements sample for engine tests, adapted to what our engine runs. The samples were
/// written for another engine: their script tasks become service tasks calling the automation
/// <c>run-script</c> (the test answers for the script), and the caller replaces inclusive gateways and
/// foreign condition dialects (<c>${...}</c>, <c>next(null, ...)</c>) by our <c>vars.x</c> syntax.
/// </summary>
internal static class EngineSamples
{
    /// <summary>Loads a sample; <paramref name="parallel"/> names exclusive gateways to turn into parallel ones.</summary>
    public static ProcessModel Load(string sample, (string Find, string Replace)[] replacements, params string[] parallel)
    {
        var xml = File.ReadAllText(SampleFiles.PathOf($"bpmn-elements/{sample}"));
        xml = xml
            .Replace("<bpmn:definitions ", """<bpmn:definitions xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" """, StringComparison.Ordinal)
            .Replace("<bpmn:scriptTask ", """<bpmn:serviceTask onboarding:automation="run-script" """, StringComparison.Ordinal)
            .Replace("</bpmn:scriptTask>", "</bpmn:serviceTask>", StringComparison.Ordinal);
        foreach (var (find, replace) in replacements)
        {
            xml.ShouldContain(find, customMessage: $"the sample {sample} changed");
            xml = xml.Replace(find, replace, StringComparison.Ordinal);
        }

        foreach (var id in parallel)
        {
            var gateway = new Regex($"""<bpmn:exclusiveGateway id="{id}"[^>]*>(.*?)</bpmn:exclusiveGateway>""", RegexOptions.Singleline);
            gateway.IsMatch(xml).ShouldBeTrue($"{sample} has no exclusive gateway '{id}'");
            xml = gateway.Replace(xml, $"""<bpmn:parallelGateway id="{id}">$1</bpmn:parallelGateway>""");
        }

        return BpmnReader.Read(xml);
    }
}

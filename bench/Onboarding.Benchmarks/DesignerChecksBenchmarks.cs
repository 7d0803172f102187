using BenchmarkDotNet.Attributes;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Benchmarks;

/// <summary>
/// What the server does on each (debounced) change in the designer: read the modeler's XML and validate it.
/// The default playbook and a 300-node one (599 BPMN elements with its diagram).
/// </summary>
[MemoryDiagnoser]
public class DesignerChecksBenchmarks
{
    private readonly PlaybookChecks checks = new(new AutomationRegistry([new SetVariablesAutomation()]));
    private string xml = "";

    [Params("default", "300 nodes")]
    public string Playbook { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        xml = Playbook == "default" ? DefaultPlaybook.Xml : LargePlaybook.Xml(300);
        if (checks.Check(xml, DefaultPlaybook.Stages).Count != 0) throw new InvalidOperationException($"The {Playbook} playbook should validate clean.");
    }

    [Benchmark]
    public int CheckOnChange() => checks.Check(xml, DefaultPlaybook.Stages).Count;
}

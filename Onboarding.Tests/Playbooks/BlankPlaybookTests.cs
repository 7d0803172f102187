using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Playbooks;

public sealed class BlankPlaybookTests
{
    [Fact]
    public void Check_BlankPlaybook_HasNoErrors()
    {
        var checks = new PlaybookChecks(new AutomationRegistry([]));

        var findings = checks.Check(BlankPlaybook.Xml("agency-onboarding", "Agency & partners"), []);

        findings.Where(f => f.Severity == FindingSeverity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("client-onboarding", null)]
    [InlineData("Client Onboarding", "is not a valid key")]
    [InlineData("a--b", "is not a valid key")]
    [InlineData("", "Give the playbook a key")]
    [InlineData("taken", "already exists")]
    public void Problem_Key_SaysWhatIsWrong(string key, string? problem)
    {
        var found = PlaybookKeys.Problem(key, ["taken"]);

        if (problem is null) found.ShouldBeNull();
        else found.ShouldNotBeNull().ShouldContain(problem);
    }
}

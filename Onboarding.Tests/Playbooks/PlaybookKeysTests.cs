using Onboarding.Web.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class PlaybookKeysTests
{
    [Theory]
    [InlineData("Client Onboarding (EU)", "x.bpmn", "client-onboarding-eu")]
    [InlineData("Prüfung & Übergabe", "x.bpmn", "prufung-ubergabe")]
    [InlineData(null, "A.1.0.bpmn", "a-1-0")]
    [InlineData("  ", "Signavio export 2026.xml", "signavio-export-2026")]
    [InlineData("???", "!!!.bpmn", "imported-playbook")]
    public void Suggest_FromProcessElseFileName_IsAValidKey(string? processName, string fileName, string expected)
    {
        var key = PlaybookKeys.Suggest(processName, fileName, []);

        key.ShouldBe(expected);
        PlaybookKeys.Problem(key, []).ShouldBeNull();
    }

    [Fact]
    public void Suggest_KeyTaken_NumbersItUntilFree()
    {
        PlaybookKeys.Suggest("Sales", "s.bpmn", ["sales", "sales-2"]).ShouldBe("sales-3");
    }

    [Fact]
    public void Suggest_VeryLongName_IsCutAtSixtyCharactersWithoutATrailingDash()
    {
        var key = PlaybookKeys.Suggest(string.Join(" ", Enumerable.Repeat("onboarding", 10)), "x.bpmn", []);

        key.Length.ShouldBeLessThanOrEqualTo(60);
        key.ShouldNotEndWith("-");
        PlaybookKeys.Problem(key, []).ShouldBeNull();
    }
}

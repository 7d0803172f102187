using Onboarding.Workflows.Automations;

namespace Onboarding.Tests.Workflows.Automations;

public sealed class AutomationParameterTextTests
{
    [Fact]
    public void Parse_KeepsTheWrittenOrder_TrimsSpaces_AndFormatWritesItBack()
    {
        var problems = new List<string>();

        var parameters = AutomationParameterText.Parse(" tier = gold ;depositRequired=true;note=a=b", problems);

        problems.ShouldBeEmpty();
        parameters.Select(p => $"{p.Key}:{p.Value}").ShouldBe(["tier:gold", "depositRequired:true", "note:a=b"]);
        AutomationParameterText.Format(parameters).ShouldBe("tier=gold;depositRequired=true;note=a=b");
    }

    [Fact]
    public void Parse_EntriesWithoutANameAndNamesGivenTwice_AreProblems_AndTheFirstValueIsKept()
    {
        var problems = new List<string>();

        var parameters = AutomationParameterText.Parse("=x;tier=gold;tier=silver;lonely", problems);

        parameters.ShouldHaveSingleItem().Value.ShouldBe("gold");
        problems.ShouldBe([
            "'=x' is not a parameter; write parameters as name=value;name=value.",
            "The parameter 'tier' is given twice; keep one.",
            "'lonely' is not a parameter; write parameters as name=value;name=value.",
        ]);
    }

    [Fact]
    public void Format_NoParameter_IsNull_SoTheAttributeIsRemoved() =>
        AutomationParameterText.Format([]).ShouldBeNull();

    [Theory]
    [InlineData(null, "Give the parameter a name.")]
    [InlineData(" ", "Give the parameter a name.")]
    [InlineData("a=b", "A parameter's name cannot contain '=' or ';'.")]
    [InlineData("a;b", "A parameter's name cannot contain '=' or ';'.")]
    [InlineData("tier", "The parameter 'tier' is already set; change its value instead.")]
    [InlineData("region", null)]
    public void CheckName_SaysWhyANameCannotBeUsed(string? name, string? expected) =>
        AutomationParameterText.CheckName(name, ["tier"]).ShouldBe(expected);
}

using System.Text.Json.Nodes;
using Onboarding.Web.Playbooks.Cli;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Playbooks;

public sealed class PlaybookCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("playbook-cli-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public async Task Validate_DefaultPlaybook_IsValidAndExitsZero()
    {
        var exit = await Run("validate", Write("client-onboarding.bpmn", DefaultPlaybook.Xml));

        exit.ShouldBe(0, error.ToString());
        output.ToString().ShouldContain("client-onboarding.bpmn: valid, no findings.");
    }

    [Fact]
    public async Task Validate_Errors_PrintsEachWithItsElementAndExitsOne()
    {
        var file = Write("broken.bpmn", Processes.Linear("""<bpmn:userTask id="Task_NoRole" name="Who does this?" />"""));

        var exit = await Run("validate", file);

        exit.ShouldBe(1);
        output.ToString().ShouldContain("error  Task_NoRole  ");
        output.ToString().ShouldContain("broken.bpmn: ");
        output.ToString().ShouldContain("Fix the errors");
    }

    [Fact]
    public async Task Validate_MalformedXml_PrintsTheLineAndColumnAndExitsOne()
    {
        var file = Write("malformed.bpmn", "<?xml version=\"1.0\"?>\n<definitions>\n  <process id=\"p\">\n    <task id=\"a\">\n</definitions>\n");

        var exit = await Run("validate", file);

        exit.ShouldBe(1);
        error.ToString().ShouldStartWith(Path.Combine(folder, "malformed.bpmn"));
        error.ToString().ShouldContain("line 5, column");
        error.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Validate_UnsafeXml_IsRefusedWithAMessage()
    {
        var file = Write("unsafe.bpmn", "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\">]>\n<definitions>&lol;</definitions>\n");

        var exit = await Run("validate", file);

        exit.ShouldBe(1);
        error.ToString().ShouldContain("unsafe.bpmn");
        error.ToString().ShouldContain("DTD");
        error.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Validate_MissingFile_SaysSoAndExitsOne()
    {
        var exit = await Run("validate", Path.Combine(folder, "nowhere.bpmn"));

        exit.ShouldBe(1);
        error.ToString().ShouldContain("does not exist");
    }

    [Theory]
    [InlineData(new[] { "playbook" }, "validate or simulate")]
    [InlineData(new[] { "playbook", "publish", "x.bpmn" }, "'publish' is not a playbook command")]
    [InlineData(new[] { "playbook", "validate" }, "Give the BPMN file")]
    [InlineData(new[] { "playbook", "validate", "x.bpmn", "--var", "a=1" }, "validate takes only the file")]
    [InlineData(new[] { "playbook", "simulate", "x.bpmn", "--var" }, "'--var' needs a value")]
    [InlineData(new[] { "playbook", "simulate", "x.bpmn", "--var", "=1" }, "name=JSON")]
    [InlineData(new[] { "playbook", "simulate", "x.bpmn", "--start", "1 Dec" }, "YYYY-MM-DD")]
    [InlineData(new[] { "playbook", "simulate", "x.bpmn", "--late", "DepositPaid=soon" }, "number of business days")]
    [InlineData(new[] { "playbook", "simulate", "x.bpmn", "--verbose", "yes" }, "'--verbose' is not an option")]
    public async Task Usage_Errors_PrintWhatWasWrongAndTheUsageAndExit64(string[] args, string message)
    {
        var exit = await PlaybookCommand.RunAsync(args, output, error, PlaybookCommand.RegisteredAutomations());

        exit.ShouldBe(64);
        error.ToString().ShouldContain(message);
        error.ToString().ShouldContain("Usage:");
    }

    [Theory]
    [InlineData("8000", "8000")]
    [InlineData("true", "true")]
    [InlineData("""{"name":"Acme"}""", """{"name":"Acme"}""")]
    [InlineData("gold", "\"gold\"")]
    [InlineData("\"quoted\"", "\"quoted\"")]
    [InlineData("Acme Ltd", "\"Acme Ltd\"")]
    public void Var_ValueIsJson_OrABareWordAsAString(string text, string json)
    {
        var arguments = PlaybookArgumentParser.Parse(["playbook", "simulate", "f.bpmn", "--var", $"v={text}"]);

        arguments.Variables["v"]!.ToJsonString().ShouldBe(json);
    }

    [Fact]
    public void Options_AreParsed()
    {
        var arguments = PlaybookArgumentParser.Parse(
            ["playbook", "simulate", "f.bpmn", "--var", "budget=8000", "--var", "client={\"name\":\"Acme\"}", "--start", "2026-12-01", "--late", "ScopeApproved=3"]);

        arguments.Verb.ShouldBe(PlaybookVerb.Simulate);
        arguments.File.ShouldBe("f.bpmn");
        arguments.Variables["budget"]!.GetValue<int>().ShouldBe(8000);
        ((JsonObject)arguments.Variables["client"]!)["name"]!.GetValue<string>().ShouldBe("Acme");
        arguments.Start.ShouldBe(new DateOnly(2026, 12, 1));
        arguments.LateMessages["ScopeApproved"].ShouldBe(3);
    }

    [Fact]
    public void RegisteredAutomations_AreTheOnesTheAppRegisters()
    {
        PlaybookCommand.RegisteredAutomations().ShouldContain("variables.set");
        PlaybookCommand.RegisteredAutomations().ShouldContain("questionnaire.remind");
        PlaybookCommand.RegisteredAutomations().ShouldContain("questionnaire.alert-overdue");
    }

    private Task<int> Run(params string[] args) =>
        PlaybookCommand.RunAsync(["playbook", .. args], output, error, PlaybookCommand.RegisteredAutomations());

    private string Write(string name, string xml)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, xml);
        return path;
    }
}

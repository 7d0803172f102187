using System.Text;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Support;
using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Tests.Workflows.Runtime;
using RuntimeProcesses = Onboarding.Tests.Workflows.Runtime.Processes;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Playbooks;

/// <summary>Reading a file from another tool into the report shown before a playbook is imported.</summary>
public sealed class PlaybookImportTests
{
    private readonly PlaybookImport import = new(new PlaybookChecks(new AutomationRegistry([])));

    private static byte[] Utf8(string xml) => Encoding.UTF8.GetBytes(xml);

    [Fact]
    public void Read_MiwgA10InIso88591_ReportsItsElementsWithoutFindingsAndStoresTheTextAsUtf8()
    {
        var report = import.Read("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));

        report.CanImport.ShouldBeTrue();
        report.ElementCount.ShouldBe(5);
        report.FlowCount.ShouldBe(4);
        report.HasDiagram.ShouldBeTrue();
        report.Findings.ShouldBeEmpty();
        report.Stages.ShouldBeEmpty();
        report.Xml.ShouldNotBeNull().ShouldStartWith("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        report.Xml.ShouldContain("name=\"Task 1\"");
    }

    [Fact]
    public void Read_Latin1NamesUnderAnIsoDeclaration_AreDecodedByTheDeclaredEncoding()
    {
        var xml = Processes.Linear("""<bpmn:task id="check" name="Prüfung Übergabe" />""").Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal);

        var report = import.Read("pruefung.bpmn", Encoding.Latin1.GetBytes(xml));

        report.Xml.ShouldNotBeNull().ShouldContain("Prüfung Übergabe");
        report.Xml.ShouldContain("encoding=\"UTF-8\"");
        BpmnReader.Read(report.Xml).Node("check").Name.ShouldBe("Prüfung Übergabe");
    }

    [Fact]
    public void Read_StageValues_BecomeTheStagesInTheOrderTheyFirstAppear()
    {
        var report = import.Read("staged.bpmn", Utf8(RuntimeProcesses.ThreeTasks)); // stages Contract, Contract, Kickoff

        report.Stages.Select(s => s.Name).ShouldBe(["Contract", "Kickoff"]);
        report.Stages.Select(s => s.Colour).ShouldBe(DefaultPlaybook.Stages.Take(2).Select(s => s.Colour));
        report.Findings.ShouldNotContain(f => f.Code == "stage");
    }

    [Fact]
    public void StagesReplacing_FileWithStages_TakesThemKeepingTheDraftsColours()
    {
        var report = import.Read("staged.bpmn", Utf8(RuntimeProcesses.ThreeTasks)); // stages Contract, Kickoff

        var stages = report.StagesReplacing([new("Kickoff", "#123456"), new("Reporting", "#654321")]);

        stages.ShouldBe([new PlaybookStage("Contract", DefaultPlaybook.Stages[0].Colour), new PlaybookStage("Kickoff", "#123456")]);
    }

    [Fact]
    public void StagesReplacing_FileWithoutStages_KeepsTheDraftsStages()
    {
        var report = import.Read("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));
        IReadOnlyList<PlaybookStage> current = [new("Kickoff", "#123456")];

        report.StagesReplacing(current).ShouldBeSameAs(current);
    }

    [Fact]
    public void Read_MalformedXml_IsRefusedWithTheReadersLineAndColumn()
    {
        var report = import.Read("broken.bpmn", Utf8("<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>"));

        report.CanImport.ShouldBeFalse();
        report.Xml.ShouldBeNull();
        report.Problem.ShouldNotBeNull().ShouldStartWith("The file is not well-formed XML: line 4, column 3:");
    }

    [Fact]
    public void Read_MoreThanTheReadersLimit_IsRefusedSayingTheLimit()
    {
        var bytes = new byte[BpmnReader.MaxBytes + 1];

        var report = import.Read("huge.bpmn", bytes);

        report.CanImport.ShouldBeFalse();
        report.Problem.ShouldNotBeNull().ShouldContain("the limit is 5.0 MB");
    }

    [Fact]
    public void TooLarge_ByItsSize_IsRefusedBeforeReading()
    {
        var report = PlaybookImport.TooLarge("huge.bpmn", 6_000_000);

        report.CanImport.ShouldBeFalse();
        report.Problem.ShouldNotBeNull().ShouldStartWith("The file is 5.7 MB (6,000,000 bytes); the limit is 5.0 MB");
    }

    [Fact]
    public void Read_NoDiagram_WarnsThatTheDesignerCannotDrawItButStillImports()
    {
        var report = import.Read("bare.bpmn", Utf8(RuntimeProcesses.ThreeTasks));

        report.CanImport.ShouldBeTrue();
        report.HasDiagram.ShouldBeFalse();
        var warning = report.Findings.Where(f => f.Code == "no-diagram").ShouldHaveSingleItem();
        warning.Severity.ShouldBe(FindingSeverity.Warning);
        warning.Message.ShouldContain("cannot draw it");
    }

    [Fact]
    public void Read_UnsupportedElements_AreListedAndBlockPublishing()
    {
        var report = import.Read("A.4.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.4.0.bpmn")));

        report.CanImport.ShouldBeTrue();
        report.Unsupported.ShouldNotBeEmpty();
        report.Findings.ShouldContain(f => f.Severity == FindingSeverity.Error && f.ElementId == report.Unsupported[0].Id);
    }

    [Fact]
    public async Task CreateAsync_ImportedFile_CreatesADraftOfItAndAuditsTheImport()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var report = import.Read("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));

        var draftId = await host.Catalog.CreateAsync(new NewPlaybook("a-1-0", "A.1.0", null, report.Xml!, report.Stages, report.FileName), "ops@test", WorkflowHost.Ct);

        var draft = await host.Catalog.GetVersionAsync(draftId, WorkflowHost.Ct);
        draft.ShouldSatisfyAllConditions(v => v.Number.ShouldBe(1), v => v.Status.ShouldBe(PlaybookVersionStatus.Draft), v => v.Xml.ShouldBe(report.Xml));
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.SubjectType == PlaybookCatalog.AuditSubject).ToListAsync(WorkflowHost.Ct));
        var entry = audit.ShouldHaveSingleItem();
        entry.Action.ShouldBe("Imported");
        entry.Details.ShouldContain("from the file A.1.0.bpmn");
    }
}

using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Validation;

namespace Onboarding.Workflows.Playbooks;

/// <summary>
/// Reads a <c>.bpmn</c> file made by another tool (Camunda Modeler, Signavio...) into a report shown before anything
/// is created: what the file holds, what validation says, and the text to store as the new playbook's first draft.
/// </summary>
public sealed partial class PlaybookImport(PlaybookChecks checks)
{
    /// <summary>A file over <see cref="BpmnReader.MaxBytes"/>, refused before its bytes are read.</summary>
    public static ImportReport TooLarge(string fileName, long bytes) => ImportReport.Refused(fileName, BpmnReader.TooLarge(bytes));

    /// <summary>Reads the file's bytes, so the XML declaration's encoding (e.g. ISO-8859-1) is honoured.</summary>
    public ImportReport Read(string fileName, byte[] bytes)
    {
        ProcessModel model;
        try
        {
            model = BpmnReader.Read(new MemoryStream(bytes, writable: false));
        }
        catch (BpmnReadException e)
        {
            return ImportReport.Refused(fileName, e);
        }

        var xml = Decode(bytes);
        var stages = Stages(model);
        var findings = checks.Check(model, stages).ToList();
        if (!model.HasDiagram)
        {
            findings.Add(new ValidationFinding(FindingSeverity.Warning, "no-diagram", "",
                "The file has no diagram (no BPMNDiagram), so the designer cannot draw it. Open it in a modeler that lays it out "
                + "(Camunda Modeler does), save it and import it again."));
        }

        return new ImportReport(fileName, xml, null, model.Id, model.Name, model.Nodes.Count + model.Unsupported.Count, model.Flows.Count,
            model.Unsupported, findings, stages, model.HasDiagram);
    }

    /// <summary>
    /// The stages named by the file's <c>onboarding:stage</c> values, in the order they first appear, coloured like the
    /// default playbook's stages in turn. None when the file names none (validation then checks no stage).
    /// </summary>
    public static IReadOnlyList<PlaybookStage> Stages(ProcessModel model)
    {
        var colours = DefaultPlaybook.Stages.Select(s => s.Colour).ToList();
        return model.NodesInDocumentOrder.Select(n => n.Stage).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select((name, i) => new PlaybookStage(name, colours[i % colours.Count])).ToList();
    }

    /// <summary>
    /// The text in the encoding the file declares, with the declaration saying UTF-8: the stored text is exported and
    /// checksummed as UTF-8, so a kept <c>encoding="ISO-8859-1"</c> would mislabel every later copy.
    /// </summary>
    private static string Decode(byte[] bytes)
    {
        Encoding encoding;
        // The safe reader has already accepted these bytes (no DTD); this reader only learns the declared encoding.
        using (var declared = new XmlTextReader(new MemoryStream(bytes, writable: false)) { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null })
        {
            declared.MoveToContent();
            encoding = declared.Encoding ?? Encoding.UTF8;
        }

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
        return EncodingDeclaration().Replace(reader.ReadToEnd(), "${start}UTF-8${quote}", 1);
    }

    [GeneratedRegex("""^(?<start>\s*<\?xml[^>]*?\bencoding\s*=\s*(?<quote>["']))[^"']*\k<quote>""")]
    private static partial Regex EncodingDeclaration();
}

/// <summary>What an imported file holds. <see cref="Xml"/> is null when the file is unreadable (<see cref="Problem"/> says why).</summary>
/// <param name="ElementCount">Flow nodes, including unsupported ones.</param>
/// <param name="Findings">Validation findings plus file-level warnings (no diagram).</param>
public sealed record ImportReport(
    string FileName,
    string? Xml,
    string? Problem,
    string? ProcessId,
    string? ProcessName,
    int ElementCount,
    int FlowCount,
    IReadOnlyList<UnsupportedElement> Unsupported,
    IReadOnlyList<ValidationFinding> Findings,
    IReadOnlyList<PlaybookStage> Stages,
    bool HasDiagram)
{
    public bool CanImport => Xml is not null;

    /// <summary>
    /// The stages of a draft this file replaces: the file's, keeping the colours of stages the draft already has;
    /// the draft's own when the file names none (a file from another tool rarely does).
    /// </summary>
    public IReadOnlyList<PlaybookStage> StagesReplacing(IReadOnlyList<PlaybookStage> current) =>
        Stages.Count == 0 ? current
            : Stages.Select(s => current.FirstOrDefault(c => string.Equals(c.Name, s.Name, StringComparison.Ordinal)) ?? s).ToList();

    public static ImportReport Refused(string fileName, BpmnReadException problem) =>
        new(fileName, null, problem.Message, null, null, 0, 0, [], [], [], false);
}

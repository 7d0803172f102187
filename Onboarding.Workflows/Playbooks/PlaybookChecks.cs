using System.Security.Cryptography;
using System.Text;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Validation;

namespace Onboarding.Workflows.Playbooks;

/// <summary>Reads and validates a playbook's XML against what this installation can run.</summary>
public sealed class PlaybookChecks(AutomationRegistry automations)
{
    /// <summary>Findings for the XML; an unreadable file gives one error finding with the reader's message.</summary>
    public IReadOnlyList<ValidationFinding> Check(string xml, IReadOnlyList<PlaybookStage> stages) => Check(Read(xml), stages);

    /// <summary>Findings for XML already read (the designer reads each change once, for the checks and the stage counts).</summary>
    public IReadOnlyList<ValidationFinding> Check(PlaybookReading reading, IReadOnlyList<PlaybookStage> stages) =>
        reading.Model is { } model ? Check(model, stages) : [reading.Unreadable!];

    public IReadOnlyList<ValidationFinding> Check(ProcessModel model, IReadOnlyList<PlaybookStage> stages) =>
        ProcessValidator.Validate(model, Context(stages));

    /// <summary>The model of the XML, or the finding that says why it cannot be read.</summary>
    public static PlaybookReading Read(string xml)
    {
        try
        {
            return new PlaybookReading(BpmnReader.Read(xml), null);
        }
        catch (BpmnReadException e)
        {
            return new PlaybookReading(null, new ValidationFinding(FindingSeverity.Error, "unreadable", "", e.Message));
        }
    }

    public ValidationContext Context(IReadOnlyList<PlaybookStage> stages) =>
        new(automations.Names, KnownMessages.All, stages.Count == 0 ? null : stages.Select(s => s.Name).ToList());

    /// <summary>SHA-256 of the XML's UTF-8 bytes, lower-case hex: what publishing freezes.</summary>
    public static string Checksum(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}

/// <summary>A playbook's XML as read: its <see cref="Model"/>, or (when unreadable) the finding that says why.</summary>
public sealed record PlaybookReading(ProcessModel? Model, ValidationFinding? Unreadable);

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
    public IReadOnlyList<ValidationFinding> Check(string xml, IReadOnlyList<PlaybookStage> stages)
    {
        ProcessModel model;
        try
        {
            model = BpmnReader.Read(xml);
        }
        catch (BpmnReadException e)
        {
            return [new ValidationFinding(FindingSeverity.Error, "unreadable", "", e.Message)];
        }
        return ProcessValidator.Validate(model, Context(stages));
    }

    public ValidationContext Context(IReadOnlyList<PlaybookStage> stages) =>
        new(automations.Names, KnownMessages.All, stages.Count == 0 ? null : stages.Select(s => s.Name).ToList());

    /// <summary>SHA-256 of the XML's UTF-8 bytes, lower-case hex: what publishing freezes.</summary>
    public static string Checksum(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}

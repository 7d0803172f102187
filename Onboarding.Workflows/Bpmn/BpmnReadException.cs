namespace Onboarding.Workflows.Bpmn;

/// <summary>
/// The BPMN file cannot be read: not well-formed XML, not BPMN 2.0, too large or too deep, a DTD, no process.
/// The message is written for the person who uploaded the file and says how to fix it.
/// </summary>
public sealed class BpmnReadException : Exception
{
    public BpmnReadException(string message, int? line = null, int? column = null, Exception? inner = null)
        : base(message, inner)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the problem in the XML, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column of the problem in the XML, when known.</summary>
    public int? Column { get; }
}

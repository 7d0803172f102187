using System.Xml.Linq;

namespace Onboarding.Workflows.Bpmn;

/// <summary>The root elements of <c>definitions</c> that flow elements refer to: messages, errors, resources.</summary>
internal sealed class DefinitionsIndex
{
    private readonly Dictionary<string, XElement> byId = new(StringComparer.Ordinal);

    public DefinitionsIndex(XElement definitions)
    {
        foreach (var element in definitions.Elements())
        {
            if (Bpmn.Attribute(element, "id") is { } id)
            {
                byId.TryAdd(id, element);
            }
        }

        ExpressionLanguage = Bpmn.Attribute(definitions, "expressionLanguage");
    }

    /// <summary>The <c>expressionLanguage</c> of <c>definitions</c>: the default language of every condition.</summary>
    public string? ExpressionLanguage { get; }

    /// <summary>A root element by reference; a QName reference (<c>tns:Message_1</c>) is resolved by its local part.</summary>
    public XElement? Resolve(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        if (byId.TryGetValue(reference, out var element))
        {
            return element;
        }

        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && byId.TryGetValue(reference[(colon + 1)..], out element) ? element : null;
    }

    /// <summary>The referenced message's name, else its id; the reference itself when the message is missing.</summary>
    public string? MessageName(string? messageRef) =>
        messageRef is null ? null : Resolve(messageRef) is { } message
            ? Bpmn.Attribute(message, "name") ?? Bpmn.Attribute(message, "id")
            : messageRef;

    /// <summary>The referenced error's errorCode, else its name, else its id; the reference itself when the error is missing.</summary>
    public string? ErrorCode(string? errorRef) =>
        errorRef is null ? null : Resolve(errorRef) is { } error
            ? Bpmn.Attribute(error, "errorCode") ?? Bpmn.Attribute(error, "name") ?? Bpmn.Attribute(error, "id")
            : errorRef;

    /// <summary>The name of a <c>resource</c> (e.g. the potential owner of a user task).</summary>
    public string? ResourceName(string? resourceRef) =>
        Resolve(resourceRef) is { } resource ? Bpmn.Attribute(resource, "name") : null;
}

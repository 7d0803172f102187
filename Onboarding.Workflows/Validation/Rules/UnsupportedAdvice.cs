using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary>What to do instead of each element type the engine does not run.</summary>
internal static class UnsupportedAdvice
{
    public static string For(UnsupportedElement element)
    {
        var label = ProcessGraph.Clean(element.Name ?? element.Id);
        if (element.ElementType == "process")
        {
            return $"The pool '{label}' has steps of its own, but a playbook runs one process, so they would never run. "
                + "Move its steps into the main pool, or mark only the pool to run as executable and keep the other as documentation.";
        }

        var what = $"The {ProcessGraph.Words(element.ElementType)} '{label}'";
        return element.Detail switch
        {
            "multiInstanceLoopCharacteristics" or "standardLoopCharacteristics" =>
                $"{what} repeats (a loop or multi-instance marker), which our engine does not support; remove the marker, or model each round as its own step.",
            "isForCompensation" => $"{what} is a compensation activity, which our engine does not support; remove it.",
            "triggeredByEvent" => $"{what} is an event subprocess, which our engine does not support; use timer or error boundary events on an embedded subprocess instead.",
            _ => $"{what}{Because(element)} is not supported by our engine; {Fix(element)}.",
        };
    }

    private static string Because(UnsupportedElement element) =>
        element.Detail is null ? "" : $" ({(element.Detail == "no event definition" ? "with no event definition" : $"with a {ProcessGraph.Words(element.Detail.Replace("EventDefinition", "", StringComparison.Ordinal))} definition")})";

    private static string Fix(UnsupportedElement element) => element.ElementType switch
    {
        "scriptTask" or "businessRuleTask" => "replace it with a service task that calls a registered automation, or remove it",
        "sendTask" => "replace it with a service task that calls an automation which sends the message, or remove it",
        "receiveTask" => "replace it with an intermediate message catch event",
        "callActivity" => "replace it with an embedded subprocess holding the steps",
        "inclusiveGateway" or "complexGateway" or "gateway" => "replace it with an exclusive gateway (one path) or a parallel gateway (all paths)",
        "eventBasedGateway" => "replace it with a message catch event (with a timer boundary on a user task for a deadline) followed by an exclusive gateway",
        "intermediateThrowEvent" or "implicitThrowEvent" => "remove it, or replace it with a service task that calls an automation",
        "transaction" or "adHocSubProcess" => "replace it with an embedded subprocess",
        "startEvent" => "onboardings are started explicitly, so use a plain start event",
        "endEvent" => "use a plain, terminate or error end event",
        "intermediateCatchEvent" => "only message and timer catch events are supported; use one of those or remove it",
        "boundaryEvent" => "only timer and error boundary events are supported; use one of those or remove it",
        _ => "replace it with a supported element or remove it",
    };
}

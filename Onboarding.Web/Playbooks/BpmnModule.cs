using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Onboarding.Web.Playbooks;

/// <summary>
/// The bpmn-js bundle (built from Designer/js by the Web project's build) is an ES module that only the pages
/// drawing or exporting a playbook import, so no other page downloads it.
/// </summary>
public static class BpmnModule
{
    public const string Path = "lib/bpmn/designer.js";

    /// <summary>Imports the module (the browser loads it once); "./" makes Blazor resolve it against the base URI.</summary>
    public static ValueTask<IJSObjectReference> ImportBpmnAsync(this IJSRuntime js, ResourceAssetCollection assets) =>
        js.InvokeAsync<IJSObjectReference>("import", "./" + assets[Path]);
}

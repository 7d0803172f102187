using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Web.Playbooks;

/// <summary>A version's files as people download them (<c>{key}-v{n}.bpmn</c>, <c>.svg</c>), saved by the browser.</summary>
public static class VersionDownload
{
    public const string BpmnType = "application/xml";
    public const string SvgType = "image/svg+xml";

    public static string FileName(PlaybookVersion version, string extension) => $"{version.Playbook!.Key}-v{version.Number}.{extension}";

    /// <summary>Hands the text to the bpmn-js module's <c>download</c>, which saves it as a file in the browser.</summary>
    public static async Task SaveAsync(IJSRuntime js, ResourceAssetCollection assets, string fileName, string text, string mimeType)
    {
        await using var module = await js.ImportBpmnAsync(assets);
        await module.InvokeVoidAsync("download", fileName, text, mimeType);
    }
}

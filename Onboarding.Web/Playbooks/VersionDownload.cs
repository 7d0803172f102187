using Microsoft.JSInterop;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Web.Playbooks;

/// <summary>A version's files as people download them (<c>{key}-v{n}.bpmn</c>, <c>.svg</c>), saved by the browser.</summary>
public static class VersionDownload
{
    public const string BpmnType = "application/xml";
    public const string SvgType = "image/svg+xml";

    public static string FileName(PlaybookVersion version, string extension) => $"{version.Playbook!.Key}-v{version.Number}.{extension}";

    /// <summary>Hands the text to the bundle's <c>download</c>, which saves it as a file in the browser.</summary>
    public static ValueTask SaveAsync(IJSRuntime js, string fileName, string text, string mimeType) =>
        js.InvokeVoidAsync("onboardingBpmn.download", fileName, text, mimeType);
}

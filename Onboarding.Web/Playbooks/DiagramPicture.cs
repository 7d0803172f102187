using System.Text;
using Microsoft.JSInterop;
using Onboarding.Workflows.Bpmn;

namespace Onboarding.Web.Playbooks;

/// <summary>The SVG picture of a diagram drawn by bpmn-js, asked of its handle (a viewer's or a modeler's).</summary>
internal static class DiagramPicture
{
    // Generous: shapes and labels as SVG take a few times the BPMN's size, and the BPMN is at most MaxBytes.
    private const long MaxBytes = 4L * BpmnReader.MaxBytes;

    /// <summary>The SVG text, or null when nothing is drawn (the diagram could not be, or the circuit is gone).</summary>
    public static async Task<string?> SvgAsync(IJSObjectReference? diagram)
    {
        if (diagram is null) return null;
        try
        {
            // As a stream: a picture is larger than one SignalR message may be.
            await using var bytes = await diagram.InvokeAsync<IJSStreamReference>("saveSvg");
            await using var stream = await bytes.OpenReadStreamAsync(MaxBytes);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return await reader.ReadToEndAsync();
        }
        catch (JSDisconnectedException)
        {
            return null;
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Onboarding.Web.Playbooks;

/// <summary>
/// What the viewer and the modeler share: the diagram is created through the bpmn-js module into the component's
/// container, a drawing failure becomes a message on the page, and the diagram is destroyed with the component.
/// </summary>
public abstract class BpmnDiagram : ComponentBase, IAsyncDisposable
{
    private IJSObjectReference? module;

    [Inject] protected IJSRuntime JS { get; set; } = default!;

    /// <summary>The JS handle of the open diagram (null before it is drawn, or when drawing failed).</summary>
    protected IJSObjectReference? Diagram { get; private set; }

    /// <summary>Why the diagram could not be drawn, shown under the canvas.</summary>
    protected string? DrawError { get; private set; }

    /// <summary>Replaces the open diagram with one made by the module's <paramref name="factory"/>; false when drawing failed.</summary>
    protected async Task<bool> DrawAsync(string factory, params object?[] args)
    {
        await DestroyAsync();
        try
        {
            module ??= await JS.ImportBpmnAsync(Assets);
            Diagram = await module.InvokeAsync<IJSObjectReference>(factory, args);
            DrawError = null;
            return true;
        }
        catch (JSException e)
        {
            DrawError = $"The diagram could not be drawn: {e.Message}";
            StateHasChanged();
            return false;
        }
    }

    /// <summary>The diagram as an SVG picture, or null when it is not drawn.</summary>
    public Task<string?> SaveSvgAsync() => DiagramPicture.SvgAsync(Diagram);

    /// <summary>Runs a call on the diagram, ignoring a circuit that is gone (the browser's page went with it).</summary>
    protected static async Task Safely(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task DestroyAsync()
    {
        if (Diagram is null) return;
        var current = Diagram;
        Diagram = null;
        await Safely(async () =>
        {
            await current.InvokeVoidAsync("destroy");
            await current.DisposeAsync();
        });
    }

    public virtual async ValueTask DisposeAsync()
    {
        await DestroyAsync();
        if (module is not null) await Safely(() => module.DisposeAsync().AsTask());
        GC.SuppressFinalize(this);
    }
}

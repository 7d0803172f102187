using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using Onboarding.Domain.Common;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Web.Onboardings.Scope;

/// <summary>
/// Holds the draft being typed: checks it on every change, previews it, saves it with the token it was loaded with (a save that
/// conflicts keeps the text and says what to do), discards it, and sends it through <see cref="SowSendDialog"/>.
/// A save made elsewhere refreshes the editor only while nothing is typed here.
/// </summary>
public sealed partial class SowEditor
{
    [Inject] private SowDrafts Drafts { get; set; } = default!;
    [Inject] private ScopeMail Mail { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private OnboardingEdits Edits { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public SowOverview Overview { get; set; } = default!;

    /// <summary>The draft as last saved.</summary>
    [Parameter, EditorRequired] public SowVersionView Sow { get; set; } = default!;

    /// <summary>After a send or a discard: the section reloads.</summary>
    [Parameter] public EventCallback Done { get; set; }

    private SowDraft draft = new();
    private IReadOnlyList<SowProblem> problems = [];
    private SowPrint print = default!;
    private Guid loadedId, token;
    private string savedJson = "", savedBy = "", me = "";
    private DateTime savedAt;
    private string? conflict;
    private bool busy;
    private DotNetObjectReference<SowEditor>? self;
    private IJSObjectReference? shortcut;

    private bool Dirty => draft.ToContent().ToJson() != savedJson;

    private string Currency => Money.IsCurrencyCode(draft.Currency.Trim().ToUpperInvariant()) ? draft.Currency.Trim().ToUpperInvariant() : "USD";

    private string SavedLine
    {
        get
        {
            var who = savedBy == me ? "you" : savedBy;
            var sameDay = Mail.Dates.LocalDate(savedAt) == Mail.Dates.LocalDate(Clock.GetUtcNow().UtcDateTime);
            return sameDay ? $"Saved at {Mail.Dates.Time(savedAt)} by {who}" : $"Saved {Mail.Dates.Moment(savedAt)} by {who}";
        }
    }

    protected override async Task OnInitializedAsync() => me = await User.NameAsync();

    protected override void OnParametersSet()
    {
        if (loadedId == Sow.Id && token == Sow.ConcurrencyToken) return;
        if (loadedId == Sow.Id && Dirty)
        {
            // Someone else saved while this person types: keep their text; saving will be refused with what to do.
            conflict = $"{Sow.UpdatedBy} saved a newer version of this draft at {Mail.Dates.Moment(Sow.UpdatedAtUtc)}. Your changes are still here; " +
                "copy what you want to keep, then show the saved draft and make them again.";
            return;
        }
        Load(Sow);
    }

    private void Load(SowVersionView sow)
    {
        (loadedId, token, savedBy, savedAt, conflict) = (sow.Id, sow.ConcurrencyToken, sow.UpdatedBy, sow.UpdatedAtUtc, null);
        draft = SowDraft.From(sow.Content);
        savedJson = draft.ToContent().ToJson();
        Changed();
    }

    private void Changed()
    {
        var content = draft.ToContent();
        problems = SowRules.Problems(content);
        print = Overview.PrintOf(Sow with { Content = content });
    }

    private void ShowSavedAsync() => Load(Sow);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        try
        {
            self = DotNetObjectReference.Create(this);
            // The same Ctrl+S listener as the questionnaire template editor: it calls SaveFromShortcutAsync.
            var module = await JS.InvokeAsync<IJSObjectReference?>("import", "./Questionnaires/Templates/TemplateEditor.razor.js");
            if (module is not null) shortcut = await module.InvokeAsync<IJSObjectReference?>("listen", self);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    [JSInvokable]
    public async Task SaveFromShortcutAsync()
    {
        if (Dirty && !busy) await InvokeAsync(SaveAsync);
    }

    private async Task<bool> SaveAsync()
    {
        busy = true;
        try
        {
            var content = draft.ToContent();
            using (Edits.Begin())
            {
                var saved = await Drafts.SaveAsync(Sow.Id, content, token, me);
                (token, savedBy, savedAt, savedJson, conflict) = (saved.ConcurrencyToken, me, saved.UpdatedAtUtc, content.ToJson(), null);
            }
            return true;
        }
        catch (SowConflictException e)
        {
            conflict = e.Message;
            return false;
        }
        catch (DomainException e)
        {
            Snackbar.Add(e.Message, Severity.Error);
            return false;
        }
        finally
        {
            busy = false;
            StateHasChanged();
        }
    }

    private async Task SendAsync()
    {
        if (Dirty && !await SaveAsync()) return;
        var parameters = new DialogParameters<SowSendDialog> { { d => d.Sow, Sow with { ConcurrencyToken = token } }, { d => d.ClientName, Overview.ClientName } };
        var dialog = await Dialogs.ShowAsync<SowSendDialog>($"Send {Sow.Label} for approval", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if ((await dialog.Result)?.Canceled != false) return;
        await Done.InvokeAsync();
    }

    private async Task DiscardAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Discard the {Sow.Label} draft?",
            "The draft is deleted, including changes not saved yet. Versions already sent or approved are not affected; the timeline keeps that it existed.",
            yesText: "Discard draft", cancelText: "Keep it");
        if (confirmed != true) return;
        busy = true;
        bool ok;
        using (Edits.Begin()) ok = await Snackbar.TryAsync(() => Drafts.DiscardAsync(Sow.Id, me));
        busy = false;
        if (!ok) return;
        savedJson = draft.ToContent().ToJson();
        Snackbar.Add($"{Sow.Label} draft discarded.", Severity.Info);
        await Done.InvokeAsync();
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!Dirty) return;
        var leave = await Dialogs.ShowMessageBoxAsync("Leave without saving?", "Your changes to the statement of work are not saved yet.", yesText: "Leave", cancelText: "Stay");
        if (leave != true) context.PreventNavigation();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (shortcut is not null) await shortcut.InvokeVoidAsync("dispose");
        }
        catch (JSDisconnectedException)
        {
        }
        self?.Dispose();
    }
}

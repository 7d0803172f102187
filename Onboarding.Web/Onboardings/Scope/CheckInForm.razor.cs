using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Onboarding.Domain.Common;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Scope.CheckIns;

namespace Onboarding.Web.Onboardings.Scope;

public sealed partial class CheckInForm
{
    [Inject] private ScopeCheckIns CheckIns { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private OnboardingEdits Edits { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired] public Guid OnboardingId { get; set; }

    [Parameter, EditorRequired] public ApprovedScope Scope { get; set; } = default!;

    /// <summary>The form's values; the parent keeps it, so a live reload of the section does not drop what was typed.</summary>
    [Parameter, EditorRequired] public CheckInDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired] public DateOnly Today { get; set; }

    [Parameter] public DateOnly OnboardingStart { get; set; }

    /// <summary>Set when correcting the latest check-in rather than recording a new one.</summary>
    [Parameter] public Guid? CorrectingId { get; set; }

    [Parameter] public EventCallback<CheckInSaved> Saved { get; set; }

    [Parameter] public EventCallback Cancelled { get; set; }

    /// <summary>After a conflict: the parent loads a fresh draft from what is saved now.</summary>
    [Parameter] public EventCallback Reloaded { get; set; }

    private DateTime? held;
    private CheckInDraft? heldFor;
    private Dictionary<string, string> errors = [];
    private string? problem;
    private bool conflict;
    private bool busy;

    private HealthSuggestion Suggestion => ScopeHealthAdvisor.Suggest(Scope.Lines, CheckInDrafts.Delivered(Scope, Draft.Lines));

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(heldFor, Draft))
        {
            // A new draft (opened, or reloaded after a conflict): show its day and forget the old errors.
            heldFor = Draft;
            held = Draft.HeldOn?.ToDateTime(TimeOnly.MinValue);
            (errors, problem, conflict) = ([], null, false);
        }
    }

    private static string Field(int index, string member) => $"Lines[{index}].{member}";

    private bool Has(string field) => errors.ContainsKey(field);

    private string? ErrorOf(string field) => errors.GetValueOrDefault(field);

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (busy) return;
        if (e.Key == "Escape") await Cancelled.InvokeAsync();
        else if (e.Key == "Enter" && (e.CtrlKey || e.MetaKey)) await SaveAsync();
    }

    private Task Reload() => Reloaded.InvokeAsync();

    private async Task SaveAsync()
    {
        busy = true;
        (errors, problem, conflict) = ([], null, false);
        try
        {
            Draft.HeldOn = held is { } day ? DateOnly.FromDateTime(day) : null;
            var by = await User.NameAsync();
            CheckInSaved saved;
            using (Edits.Begin())
            {
                saved = CorrectingId is { } id ? await CheckIns.CorrectAsync(id, Draft, by) : await CheckIns.RecordAsync(OnboardingId, Draft, by);
            }
            await Saved.InvokeAsync(saved);
        }
        catch (ValidationFailedException e)
        {
            errors = e.Errors.SelectMany(r => r.MemberNames.Select(m => (m, r.ErrorMessage ?? ""))).GroupBy(x => x.m).ToDictionary(g => g.Key, g => g.First().Item2);
            Snackbar.Add("Some fields need attention before saving.", Severity.Warning);
        }
        catch (DomainException e)
        {
            problem = e.Message;
            conflict = e is CheckInConflictException;
        }
        finally
        {
            busy = false;
        }
    }
}

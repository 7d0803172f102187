using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Billing.Invoices;

namespace Onboarding.Web.Onboardings.Billing;

public partial class InvoiceDraftDialog
{
    private InvoiceDraftForm form = new();
    private Dictionary<string, string> errors = [];
    private string? problem;
    private bool busy;

    [Inject] private InvoiceDrafts Drafts { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private OnboardingEdits Edits { get; set; } = default!;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public Guid OnboardingId { get; set; }

    [Parameter, EditorRequired] public BillingTerms Terms { get; set; } = default!;

    /// <summary>The draft to edit; null writes a new one.</summary>
    [Parameter] public Invoice? Existing { get; set; }

    /// <summary>The hourly rate when the terms bill by the hour (hours invoices are priced at it).</summary>
    private decimal? Rate => Terms.Model == BillingModel.Hourly ? Terms.HourlyRate : null;

    protected override void OnInitialized() => form = Existing is null
        ? new InvoiceDraftForm { Kind = Rate is null ? InvoiceKind.Other : InvoiceKind.Hours }
        : InvoiceDraftForm.Of(Existing);

    private bool Has(string field) => errors.ContainsKey(field);

    private string? ErrorOf(string field) => errors.GetValueOrDefault(field);

    private bool Has(int index, string field) => Has($"Lines[{index}].{field}");

    private string? ErrorOf(int index, string field) => ErrorOf($"Lines[{index}].{field}");

    private Task KeyAsync(KeyboardEventArgs e) => e.Key == "Enter" && (e.CtrlKey || e.MetaKey) ? SaveAsync() : Task.CompletedTask;

    private async Task SaveAsync()
    {
        if (busy) return;
        busy = true;
        problem = null;
        errors = [];
        try
        {
            var actor = await CurrentUser.BillingActorAsync();
            Invoice saved;
            using (Edits.Begin())
                saved = Existing is null ? await Drafts.CreateAsync(OnboardingId, form, actor) : await Drafts.UpdateAsync(Existing.Id, Existing.ConcurrencyToken, form, actor);
            Snackbar.Add($"Draft \"{saved.Title}\" saved: {Money.Format(saved.Total, saved.Currency)}. Issue it when it is ready.", Severity.Success);
            Dialog.Close(DialogResult.Ok(saved));
        }
        catch (ValidationFailedException failure)
        {
            errors = failure.Errors.SelectMany(e => e.MemberNames.Select(m => (m, e.ErrorMessage ?? ""))).GroupBy(x => x.m).ToDictionary(g => g.Key, g => g.First().Item2);
        }
        catch (DomainException e)
        {
            problem = e.Message;
        }
        finally
        {
            busy = false;
        }
    }
}

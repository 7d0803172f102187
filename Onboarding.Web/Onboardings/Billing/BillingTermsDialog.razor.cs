using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Billing.Terms;

namespace Onboarding.Web.Onboardings.Billing;

public partial class BillingTermsDialog
{
    private BillingTermsForm form = new();
    private Dictionary<string, string> errors = [];
    private string? problem;
    private bool busy;

    [Inject] private BillingTermsEditor Editor { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private OnboardingEdits Edits { get; set; } = default!;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public Guid OnboardingId { get; set; }

    [Parameter, EditorRequired] public BillingTermsView View { get; set; } = default!;

    protected override void OnInitialized() =>
        form = View.Terms is { } terms ? BillingTermsForm.Of(terms) : new BillingTermsForm { FirstRetainerOn = View.StartDate };

    private string Code => Money.IsCurrencyCode(form.Currency?.ToUpperInvariant()) ? form.Currency!.ToUpperInvariant() : "";

    /// <summary>"Deposit = USD 7,200.00, invoiced at once" as the values stand; nothing while the currency is not a code yet.</summary>
    private string DepositPreview
    {
        get
        {
            if (Code.Length == 0) return "";
            var terms = BillingTermsRules.Apply(form, new BillingTerms());
            var amount = BillingTermsRules.DepositAmount(terms);
            if (amount <= 0) return "No deposit";
            return $"Deposit = {Money.Format(amount, Code)}" + (View.DepositInvoiced ? " (the deposit invoice is issued already)" : ", invoiced as soon as you save");
        }
    }

    private string SaveText => View.Terms is null ? "Save terms" : "Save changes";

    private bool Has(string field) => errors.ContainsKey(field);

    private string? ErrorOf(string field) => errors.GetValueOrDefault(field);

    private Task<IEnumerable<string>> SearchCurrenciesAsync(string? text, CancellationToken _) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text) ? Money.CommonCurrencies.AsEnumerable()
            : Money.CommonCurrencies.Where(c => c.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)));

    private Task KeyAsync(KeyboardEventArgs e) => e.Key == "Enter" && (e.CtrlKey || e.MetaKey) ? SaveAsync() : Task.CompletedTask;

    private async Task SaveAsync()
    {
        if (busy) return;
        busy = true;
        problem = null;
        errors = [];
        try
        {
            SavedTerms saved;
            using (Edits.Begin()) saved = await Editor.SaveAsync(OnboardingId, form, View.Terms?.ConcurrencyToken, await CurrentUser.BillingActorAsync());
            Snackbar.Add(saved.Deposit is { } deposit ? $"Terms saved; deposit invoice {deposit.Number} issued." : "Billing terms saved.", Severity.Success);
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

using Microsoft.AspNetCore.Components.Forms;
using Onboarding.Domain.Common;

namespace Onboarding.Web.Admin;

/// <summary>
/// Shows the service's <see cref="ValidationFailedException"/> (e.g. "already has an account") under the
/// fields it names, next to the form's own data-annotation messages; an edited field drops its server message.
/// </summary>
internal sealed class FormErrors
{
    private readonly EditContext context;
    private readonly ValidationMessageStore store;

    public FormErrors(EditContext context)
    {
        this.context = context;
        store = new ValidationMessageStore(context);
        context.OnFieldChanged += (_, e) => store.Clear(e.FieldIdentifier);
        context.OnValidationRequested += (_, _) => store.Clear();
    }

    /// <summary>Returns the messages that name no field, for a snackbar.</summary>
    public string? Show(ValidationFailedException ex)
    {
        store.Clear();
        var unplaced = new List<string>();
        foreach (var error in ex.Errors)
        {
            var members = error.MemberNames.Where(m => !string.IsNullOrEmpty(m)).ToList();
            if (members.Count == 0) unplaced.Add(error.ErrorMessage ?? "");
            foreach (var member in members)
            {
                store.Add(new FieldIdentifier(context.Model, member), error.ErrorMessage ?? "");
            }
        }
        context.NotifyValidationStateChanged();
        return unplaced.Count == 0 ? null : string.Join(" ", unplaced);
    }
}

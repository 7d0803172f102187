using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Onboarding.Domain.Common;

namespace Onboarding.Web.Shared;

/// <summary>
/// Validates an EditForm's draft with the same data annotations the domain service checks,
/// including the drafts in its lists (e.g. a client's contacts), and shows the service's
/// own validation errors (such as "name already taken") on the fields they name.
/// </summary>
public sealed partial class DraftValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? store;
    private EditContext? subscribed;

    [CascadingParameter]
    public EditContext EditContext { get; set; } = default!;

    /// <summary>Errors that belong to no single field (e.g. "two contacts share an e-mail").</summary>
    public IReadOnlyList<string> FormErrors { get; private set; } = [];

    [Parameter]
    public EventCallback FormErrorsChanged { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(subscribed, EditContext)) return;
        Unsubscribe();
        subscribed = EditContext ?? throw new InvalidOperationException("DraftValidator must sit inside an EditForm.");
        store = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += OnValidationRequested;
        EditContext.OnFieldChanged += OnFieldChanged;
    }

    /// <summary>Puts the service's validation errors on their fields.</summary>
    public async Task ShowAsync(ValidationFailedException failure)
    {
        var formErrors = new List<string>();
        foreach (var error in failure.Errors)
        {
            var field = error.MemberNames.Select(Resolve).FirstOrDefault(f => f is not null);
            if (field is { } f) store!.Add(f, error.ErrorMessage ?? "");
            else formErrors.Add(error.ErrorMessage ?? "");
        }
        FormErrors = formErrors;
        EditContext.NotifyValidationStateChanged();
        await FormErrorsChanged.InvokeAsync();
    }

    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        store!.Clear();
        FormErrors = [];
        foreach (var draft in DraftsOf(EditContext.Model))
        {
            foreach (var result in DraftValidation.Validate(draft))
            {
                foreach (var member in result.MemberNames) store.Add(new FieldIdentifier(draft, member), result.ErrorMessage ?? "");
            }
        }
        EditContext.NotifyValidationStateChanged();
    }

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        store!.Clear(field);
        var results = new List<ValidationResult>();
        var property = field.Model.GetType().GetProperty(field.FieldName);
        if (property is not null)
        {
            var context = new ValidationContext(field.Model) { MemberName = field.FieldName };
            Validator.TryValidateProperty(property.GetValue(field.Model), context, results);
        }
        foreach (var result in results) store.Add(field, result.ErrorMessage ?? "");
        EditContext.NotifyValidationStateChanged();
    }

    /// <summary>The model and every object in its list properties.</summary>
    private static IEnumerable<object> DraftsOf(object model)
    {
        yield return model;
        foreach (var property in model.GetType().GetProperties())
        {
            if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)) continue;
            if (property.GetValue(model) is not IEnumerable items) continue;
            foreach (var item in items) yield return item;
        }
    }

    /// <summary>"CompanyName" or "Contacts[1].Email" to the field on the live model.</summary>
    private FieldIdentifier? Resolve(string member)
    {
        var model = EditContext.Model;
        var match = IndexedMember().Match(member);
        if (!match.Success)
        {
            return model.GetType().GetProperty(member) is null ? null : new FieldIdentifier(model, member);
        }
        var list = model.GetType().GetProperty(match.Groups["list"].Value)?.GetValue(model) as IList;
        var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (list is null || index >= list.Count || list[index] is not { } item) return null;
        return new FieldIdentifier(item, match.Groups["field"].Value);
    }

    public void Dispose() => Unsubscribe();

    private void Unsubscribe()
    {
        if (subscribed is null) return;
        subscribed.OnValidationRequested -= OnValidationRequested;
        subscribed.OnFieldChanged -= OnFieldChanged;
        subscribed = null;
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex IndexedMember();
}

using System.ComponentModel.DataAnnotations;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Invoices;

public sealed class InvoiceLineForm
{
    public string Description { get; set; } = "";

    /// <summary>Hours on an hours invoice; a count otherwise.</summary>
    public decimal Quantity { get; set; } = 1;

    /// <summary>On an hours invoice the terms' hourly rate, whatever was typed.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Set on a change request's line; such a line's text and amount come from the change request.</summary>
    public Guid? BillableItemId { get; set; }
}

/// <summary>An invoice finance writes by hand: hours (hourly model: hours × the rate), other work, or change requests.</summary>
public sealed class InvoiceDraftForm
{
    public InvoiceKind Kind { get; set; } = InvoiceKind.Other;

    public string Title { get; set; } = "";

    public List<InvoiceLineForm> Lines { get; set; } = [new()];

    public static InvoiceDraftForm Of(Invoice invoice) => new()
    {
        Kind = invoice.Kind, Title = invoice.Title,
        Lines = [.. invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineForm
            { Description = l.Description, Quantity = l.Quantity, UnitPrice = l.UnitPrice, BillableItemId = l.BillableItemId })],
    };
}

/// <summary>The checks of a hand-written invoice, each naming its field (lines as <c>Lines[0].Quantity</c>).</summary>
public static class InvoiceDraftRules
{
    public const int TitleMax = 300;
    public const int DescriptionMax = 500;
    public const int LinesMax = 100;
    public const decimal QuantityMax = 100_000m;

    /// <summary>The kinds finance writes by hand (the schedule makes the others; late fees have their own flow).</summary>
    public static readonly IReadOnlyList<InvoiceKind> ByHand = [InvoiceKind.Hours, InvoiceKind.Other, InvoiceKind.ChangeRequests];

    /// <param name="hourlyRate">The terms' rate when they bill by the hour, else null.</param>
    public static List<ValidationResult> Validate(InvoiceDraftForm form, string currency, decimal? hourlyRate)
    {
        var errors = new List<ValidationResult>();
        var title = (form.Title ?? "").Trim();
        if (!ByHand.Contains(form.Kind)) Add(errors, nameof(form.Kind), "Pick what the invoice bills: hours, change requests or other work.");
        if (form.Kind == InvoiceKind.Hours && hourlyRate is null)
            Add(errors, nameof(form.Kind), "Hours are invoiced at the hourly rate of hourly billing terms; these terms are not hourly, so pick Other.");
        if (title.Length == 0) Add(errors, nameof(form.Title), "Give the invoice a title, e.g. \"Design hours, March 2027\".");
        else if (title.Length > TitleMax) Add(errors, nameof(form.Title), $"Keep the title under {TitleMax} characters.");
        if (form.Lines.Count == 0) Add(errors, nameof(form.Lines), "Add at least one line.");
        else if (form.Lines.Count > LinesMax) Add(errors, nameof(form.Lines), $"Keep to {LinesMax} lines; split the rest into another invoice.");
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var line = form.Lines[i];
            if (line.BillableItemId is not null) continue;
            var field = $"{nameof(form.Lines)}[{i}].";
            var text = (line.Description ?? "").Trim();
            if (text.Length == 0) Add(errors, field + nameof(line.Description), $"Line {i + 1} needs a description.");
            else if (text.Length > DescriptionMax) Add(errors, field + nameof(line.Description), $"Keep line {i + 1}'s description under {DescriptionMax} characters.");
            var what = form.Kind == InvoiceKind.Hours ? "hours" : "quantity";
            if (line.Quantity is <= 0 or > QuantityMax) Add(errors, field + nameof(line.Quantity), $"Line {i + 1}'s {what} is above 0 and at most {QuantityMax:N0}.");
            else if (line.Quantity != Math.Round(line.Quantity, 2)) Add(errors, field + nameof(line.Quantity), $"Line {i + 1}'s {what} has at most 2 decimals.");
            if (form.Kind == InvoiceKind.Hours) continue;
            if (line.UnitPrice <= 0) Add(errors, field + nameof(line.UnitPrice), $"Line {i + 1}'s price is above 0.");
            else if (line.UnitPrice != Money.Round(line.UnitPrice, currency))
                Add(errors, field + nameof(line.UnitPrice), Money.MinorUnits(currency) == 0
                    ? $"{currency} has no minor units: write line {i + 1}'s price without decimals."
                    : $"{currency} amounts have at most {Money.MinorUnits(currency)} decimals: check line {i + 1}'s price.");
        }
        return errors;
    }

    /// <summary>The total the invoice will have: each line rounded to the currency, as <see cref="Invoice.AddLine"/> rounds it.</summary>
    public static decimal Total(InvoiceDraftForm form, string currency, decimal? hourlyRate) =>
        form.Lines.Sum(l => Money.Round(l.Quantity * PriceOf(form, l, hourlyRate), currency));

    public static decimal PriceOf(InvoiceDraftForm form, InvoiceLineForm line, decimal? hourlyRate) =>
        form.Kind == InvoiceKind.Hours && hourlyRate is { } rate ? rate : line.UnitPrice;

    private static void Add(List<ValidationResult> errors, string field, string message) => errors.Add(new ValidationResult(message, [field]));
}

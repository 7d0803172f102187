using Onboarding.Domain.Billing;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>
/// What finance types to record a payment: the open invoice it pays (none: it is all credit) with the concurrency token
/// the form showed, the amount, the day the money arrived, the method and the bank or cheque reference.
/// </summary>
public sealed class PaymentForm
{
    public Guid? InvoiceId { get; set; }

    /// <summary>The invoice's <see cref="Invoice.ConcurrencyToken"/> when the form loaded it.</summary>
    public Guid InvoiceToken { get; set; }

    public decimal Amount { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public PaymentMethod? Method { get; set; }

    public string? Reference { get; set; }
}

/// <summary>A payment form after the rules: the amount in the currency, the reference on one line.</summary>
public sealed record NormalizedPayment(decimal Amount, string Currency, DateOnly ReceivedOn, PaymentMethod Method, string Reference);

namespace Onboarding.Web.Billing;

/// <summary>Where staff download an invoice (the invoices table links it; the endpoint checks who may).</summary>
public static class InvoiceLinks
{
    public static string Pdf(Guid invoiceId) => $"/invoices/{invoiceId}.pdf";
}

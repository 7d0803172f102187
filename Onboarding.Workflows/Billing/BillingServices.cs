using Microsoft.Extensions.DependencyInjection;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing;

public static class BillingServices
{
    /// <summary>Finance: billing terms, the invoice schedule, invoices, payments, overdue and late fees, the dashboard.</summary>
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.AddSingleton<FirmClock>();
        services.AddSingleton<InvoiceIssuer>();
        services.AddSingleton<Terms.BillingTermsEditor>();
        services.AddSingleton<Terms.BillingTermsQueries>();
        services.AddSingleton<Invoices.InvoiceDrafts>();
        services.AddSingleton<Invoices.DraftIssuing>();
        services.AddSingleton<Invoices.ChangeRequestInvoicing>();
        services.AddSingleton<Invoices.InvoiceVoiding>();
        services.AddSingleton<Invoices.InvoiceQueries>();
        services.AddSingleton<IBillingDuty, Invoices.ScheduledInvoiceDuty>();
        services.AddSingleton<Payments.DepositGate>();
        services.AddSingleton<Payments.PaymentRecorder>();
        services.AddSingleton<Payments.PaymentQueries>();
        services.AddSingleton<Payments.DemoDeposits>();
        services.AddSingleton<Overdue.LateFeeCharger>();
        services.AddSingleton<Overdue.OverdueQueries>();
        services.AddSingleton<Reminders.PaymentReminderMail>();
        services.AddSingleton<Reminders.PaymentReminders>();
        // Overdue before reminders: an invoice marked overdue in a pass gets its first reminder in the same pass.
        services.AddSingleton<IBillingDuty, Overdue.OverdueDuty>();
        services.AddSingleton<IBillingDuty, Reminders.PaymentReminderDuty>();
        services.AddSingleton<Dashboard.FinanceDashboardQuery>();
        services.AddSingleton<Dashboard.InvoiceCsv>();
        services.AddSingleton<Statements.ClientStatementQuery>();
        return services;
    }
}

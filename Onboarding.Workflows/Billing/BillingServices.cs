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
        services.AddSingleton<Dashboard.FinanceDashboardQuery>();
        services.AddSingleton<Dashboard.InvoiceCsv>();
        services.AddSingleton<Statements.ClientStatementQuery>();
        return services;
    }
}
